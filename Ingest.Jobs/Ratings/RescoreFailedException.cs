using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// Some periods could not be rescored at all. Thrown after every period was tried and each failure recorded, so the
/// job shows as failed and Hangfire retries it.
/// </summary>
public sealed class RescoreFailedException : Exception
{
    public RescoreFailedException(IReadOnlyList<Period> periods)
        : base("Rescoring failed for " + string.Join(", ", periods ?? []) + "; see the admin's rescoring page for the reasons.") =>
        Periods = periods ?? [];

    public RescoreFailedException()
        : this([])
    {
    }

    public RescoreFailedException(string message)
        : base(message) => Periods = [];

    public RescoreFailedException(string message, Exception innerException)
        : base(message, innerException) => Periods = [];

    public IReadOnlyList<Period> Periods { get; }
}
