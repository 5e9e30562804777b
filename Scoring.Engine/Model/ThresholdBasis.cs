namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>Where a threshold comes from: a legal or policy document, or our own proposal.</summary>
public enum ThresholdBasis
{
    Official,
    Proposed,
}
