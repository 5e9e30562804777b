namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// Where a threshold comes from, strongest first: a central legal or policy document, the city's own decision, or our
/// own proposal. Never stored by number: the rule file and the API use the names.
/// </summary>
public enum ThresholdBasis
{
    Official,

    /// <summary>Adopted by the city by its own decision (number and date), not set by a central document.</summary>
    Adopted,

    Proposed,
}
