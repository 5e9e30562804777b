namespace DashboardKpi.Ingest.Jobs.Storage.Rescoring;

/// <summary>What asked for a rescore (PeriodRescore.RequestedBy); the pages say it in words.</summary>
public static class RescoreRequester
{
    public const string Import = "import";
    public const string Publish = "publish";
    public const string Admin = "admin";

    /// <summary>A period that had ratings or data before rescoring was tracked: rescored once to learn its state.</summary>
    public const string Upgrade = "upgrade";

    /// <summary>
    /// A rescore asked for, running or cut off when the server stopped, asked for again when it starts: the embedded
    /// job queue lives in memory and forgets it.
    /// </summary>
    public const string Restart = "restart";
}
