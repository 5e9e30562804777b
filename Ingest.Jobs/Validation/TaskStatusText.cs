using TaskStatus = DashboardKpi.Scoring.Engine.Model.TaskStatus;

namespace DashboardKpi.Ingest.Jobs.Validation;

/// <summary>How task states are written in storage ("done", "inProgress", "notStarted") and read back for scoring.</summary>
public static class TaskStatusText
{
    public static string Of(TaskStatus status) => status switch
    {
        TaskStatus.Done => "done",
        TaskStatus.InProgress => "inProgress",
        _ => "notStarted",
    };

    public static TaskStatus? Parse(string? text) => text switch
    {
        "done" => TaskStatus.Done,
        "inProgress" => TaskStatus.InProgress,
        "notStarted" => TaskStatus.NotStarted,
        _ => null,
    };
}
