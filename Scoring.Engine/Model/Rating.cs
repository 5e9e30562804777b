namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>The three colours, ordered worst to best so that comparisons read naturally.</summary>
public enum Rating
{
    Red,
    Yellow,
    Green,
}
