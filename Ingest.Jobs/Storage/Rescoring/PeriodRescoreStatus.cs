namespace DashboardKpi.Ingest.Jobs.Storage.Rescoring;

/// <summary>How the last rescore of a period went (PeriodRescore.Status); null while a period was only asked for.</summary>
public static class PeriodRescoreStatus
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";

    /// <summary>Some units were stored, others failed (listed in PeriodRescoreFailure); the failed ones keep their old colour.</summary>
    public const string Partial = "partial";

    /// <summary>Nothing of the period was stored: the old colours stand.</summary>
    public const string Failed = "failed";

    /// <summary>No published rule set is in force for the period: nothing to rate, nothing stale.</summary>
    public const string NoRules = "noRules";

    public static IReadOnlyList<string> All { get; } = [Running, Succeeded, Partial, Failed, NoRules];
}
