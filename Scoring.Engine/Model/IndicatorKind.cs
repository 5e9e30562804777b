namespace DashboardKpi.Scoring.Engine.Model;

public enum IndicatorKind
{
    /// <summary>Part of a whole, e.g. 17 of 40 computers; rated on the percentage, gaps stated in the part's unit.</summary>
    Ratio,

    /// <summary>A count per period against a target, e.g. 1,117 online dossiers in the month.</summary>
    Count,

    /// <summary>A percentage given directly (0–100).</summary>
    Percentage,

    /// <summary>Yes or no, e.g. connected to the city IOC.</summary>
    YesNo,

    /// <summary>A task with a deadline: done (with date), in progress, or not started.</summary>
    Task,
}
