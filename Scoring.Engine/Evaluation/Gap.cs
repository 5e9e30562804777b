using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// What it takes to reach a better colour, in the indicator's own unit: "21 more computers for green".
/// </summary>
/// <param name="Missing">The amount to add (or, for lower-is-better, to remove); null for yes/no and tasks.</param>
/// <param name="Unit">The unit of <paramref name="Missing"/>: the ratio's part, the count's unit, or percentage points.</param>
/// <param name="Action">The concrete action as a sentence, from the criterion's action template.</param>
public sealed record Gap(Rating Target, decimal? Missing, LocalizedText? Unit, LocalizedText Action);
