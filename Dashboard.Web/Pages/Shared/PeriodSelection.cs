namespace DashboardKpi.Dashboard.Web.Pages.Shared;

/// <summary>The period drop-down: the rated periods, the chosen one, and other query values to keep when it changes.</summary>
public sealed record PeriodSelection(IReadOnlyList<string> Periods, string? Selected, IReadOnlyList<(string Name, string Value)> Keep)
{
    public PeriodSelection(IReadOnlyList<string> periods, string? selected)
        : this(periods, selected, [])
    {
    }
}
