namespace DashboardKpi.Ingest.Jobs.Storage.Actions;

/// <summary>The stored states of an action (the CHECK constraint lists the same), and "overdue", which is derived.</summary>
public static class ActionStatus
{
    public const string Open = "open";

    /// <summary>The chair says the work is done; the action stays open until a later period's data shows it.</summary>
    public const string WaitingForData = "waitingForData";

    public const string Verified = "verified";
    public const string Cancelled = "cancelled";

    /// <summary>The criterion left the rule set in force (validity period ended, or a later rule set dropped it).</summary>
    public const string Retired = "retired";

    /// <summary>Not stored: an open or waiting action whose due date has passed.</summary>
    public const string Overdue = "overdue";

    public static IReadOnlyList<string> Stored { get; } = [Open, WaitingForData, Verified, Cancelled, Retired];

    /// <summary>Every value a status filter accepts.</summary>
    public static IReadOnlyList<string> Filters { get; } = [Open, Overdue, WaitingForData, Verified, Cancelled, Retired];

    public static bool IsClosed(string status) => status is Verified or Cancelled or Retired;

    /// <summary>
    /// The status a reader sees on <paramref name="today"/> (Vietnam): an action not closed whose due date is before
    /// today is overdue, whether or not the chair has marked it done (the data has not shown it yet).
    /// </summary>
    public static string Shown(CommuneAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        return !action.IsClosed && action.DueOn < today ? Overdue : action.Status;
    }
}
