namespace DashboardKpi.Ingest.Jobs.Notifications;

/// <summary>The kinds of message; each can be turned off by email per user (the in-app list keeps them all).</summary>
public static class NotificationKinds
{
    public const string ColourChanged = "colourChanged";
    public const string ActionDueSoon = "actionDueSoon";
    public const string ActionOverdue = "actionOverdue";
    public const string DisputeFiled = "disputeFiled";
    public const string DisputeDecided = "disputeDecided";
    public const string MonthlyDigest = "monthlyDigest";

    public static readonly IReadOnlyList<string> All = [ColourChanged, ActionDueSoon, ActionOverdue, DisputeFiled, DisputeDecided, MonthlyDigest];
}
