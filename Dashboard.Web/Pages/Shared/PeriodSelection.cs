using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Pages.Shared;

/// <summary>The period drop-down: the rated periods, the chosen one, and other query values to keep when it changes.</summary>
public sealed record PeriodSelection(IReadOnlyList<Period> Periods, Period? Selected, IReadOnlyList<(string Name, string Value)> Keep)
{
    public PeriodSelection(IReadOnlyList<Period> periods, Period? selected)
        : this(periods, selected, [])
    {
    }
}
