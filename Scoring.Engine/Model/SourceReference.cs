namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// Where a number is written down: "Quyết định 942/QĐ-TTg", 15/06/2021, "Điều 1, mục III.2". Every part is optional when
/// a rule file is read (stored versions written before it existed still load); publishing needs all three
/// (<see cref="Loading.PublishRequirements"/>).
/// </summary>
public sealed record SourceReference(string? Document, DateOnly? Date, string? Clause)
{
    public bool IsComplete => !string.IsNullOrWhiteSpace(Document) && Date is not null && !string.IsNullOrWhiteSpace(Clause);
}
