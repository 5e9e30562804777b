namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>What a value exactly at a cut earns. Written in the rule file and quoted in every explanation.</summary>
public enum Boundary
{
    /// <summary>At the cut is the better colour: for higher-is-better, value ≥ green cut is green.</summary>
    Inclusive,

    /// <summary>The cut must be passed: for higher-is-better, value &gt; green cut is green.</summary>
    Exclusive,
}
