namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>What a stability rule did to a colour.</summary>
public enum StabilityDecision
{
    /// <summary>The colour is the earlier published one (or there is none to hold): published as computed.</summary>
    Unchanged,

    /// <summary>The computed colour differs from the earlier published one, which stays: the change has not lasted yet.</summary>
    Held,

    /// <summary>The new colour has held for the rule's number of periods and is published.</summary>
    ChangedAfterHold,

    /// <summary>The value is past the cut by the dead band: the change is published at once.</summary>
    ChangedPastBand,
}
