using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Validation;

/// <summary>How task states are written in storage ("done", "inProgress", "notStarted") and read back for scoring.</summary>
public static class TaskStatusText
{
    public static string Of(TaskProgress status) => status switch
    {
        TaskProgress.Done => "done",
        TaskProgress.InProgress => "inProgress",
        TaskProgress.NotStarted => "notStarted",
    };

    public static TaskProgress? Parse(string? text) => text switch
    {
        "done" => TaskProgress.Done,
        "inProgress" => TaskProgress.InProgress,
        "notStarted" => TaskProgress.NotStarted,
        _ => null,
    };
}
