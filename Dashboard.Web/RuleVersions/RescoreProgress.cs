using System.Globalization;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Scheduling;
using Hangfire;
using Hangfire.States;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// The state of a rescoring job as Hangfire stores it, with the "done/total" progress parameter RescoreJob keeps,
/// read through the job storage's connection so that it works on any storage and on web-only nodes.
/// </summary>
public sealed partial class RescoreProgress(JobStorage storage)
{
    /// <param name="State">Hangfire's state name: Enqueued, Processing, Succeeded, Failed, Deleted…</param>
    public sealed record Status(string JobId, string State, int? Done, int? Total, bool Finished, bool Failed);

    public Status? Find(string? jobId)
    {
        if (jobId is null || !JobIdPattern().IsMatch(jobId))
        {
            return null;
        }

        using var connection = storage.GetConnection();
        var data = connection.GetJobData(jobId);
        if (data is null)
        {
            return null;
        }

        var state = data.State ?? EnqueuedState.StateName;
        var (done, total) = Parse(connection.GetJobParameter(jobId, RescoreJob.ProgressParameter));
        var finished = state == SucceededState.StateName || state == DeletedState.StateName;
        if (finished && total is not null)
        {
            done = total;
        }

        return new Status(jobId, state, done, total, finished, state == FailedState.StateName);
    }

    private static (int? Done, int? Total) Parse(string? progress)
    {
        // The parameter is stored JSON-serialised by SetJobParameter ("\"3/17\""), so quotes are trimmed.
        var parts = progress?.Trim('"').Split('/');
        return parts is [var a, var b]
            && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var done)
            && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var total)
            ? (done, total)
            : (null, null);
    }

    [GeneratedRegex("^[0-9A-Za-z-]{1,64}$")]
    private static partial Regex JobIdPattern();
}
