namespace DashboardKpi.Scoring.Engine.Model;

public enum CriterionGroup
{
    /// <summary>Nhiệm vụ chung.</summary>
    Common,

    /// <summary>Nhiệm vụ cụ thể.</summary>
    Specific,
}
