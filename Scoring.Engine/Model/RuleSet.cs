namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>A validated, immutable rule set. Built only by <see cref="Loading.RuleSetReader"/>.</summary>
/// <param name="Sha256">Hex SHA-256 of the canonical JSON form: reformatting the file does not change it.</param>
public sealed record RuleSet(
    string Id,
    int Version,
    Period EffectiveFrom,
    LocalizedText Title,
    Boundary Boundary,
    Aggregation Aggregation,
    RuleSetTexts Texts,
    IReadOnlyList<Indicator> Indicators,
    IReadOnlyList<Criterion> Criteria,
    string Sha256)
{
    /// <summary>The golden cases the rule set carries (empty when it has none).</summary>
    public IReadOnlyList<GoldenCase> Cases { get; init; } = [];

    /// <summary>The file's change notes against an earlier version (what changed and why), or null when it has none.</summary>
    public RuleChangeNotes? Changes { get; init; }

    /// <summary>By code, through a dictionary built once per rule set (ingest looks up every row of a file here).</summary>
    public Indicator? FindIndicator(string code) => Evaluation.RuleSetIndex.Of(this).Indicators.GetValueOrDefault(code);

    /// <summary>
    /// How many periods before the rated one a caller must load to rate it: the longest carry-forward or held state
    /// (<see cref="MissingValuePolicy.LookBack"/>), plus <see cref="AccumulationOf.MaxLookBack"/> when an indicator is
    /// accumulated over months (a carried-forward year-to-date value needs its own earlier months too).
    /// </summary>
    public int LookBack =>
        (Criteria.Count == 0 ? 0 : Criteria.Max(c => c.Missing.LookBack))
        + (Indicators.Any(i => i.Accumulate is not null) ? AccumulationOf.MaxLookBack : 0);

    /// <summary>The peer groups of the league table: the file's, or <see cref="PeerGroupRules.Default"/> when it sets none.</summary>
    public PeerGroupRules PeerGroups { get; init; } = PeerGroupRules.Default;

    /// <summary>Whether any criterion or the overall colour has a stability rule: only then do ratings need earlier colours.</summary>
    public bool HasStability => Aggregation.Stability is not null || Criteria.Any(c => c.Stability is not null);

    /// <summary>How many earlier periods' colours a rating needs (<see cref="StabilityRule.LookBack"/>); 0 without stability.</summary>
    public int StabilityLookBack =>
        Criteria.Select(c => c.Stability?.LookBack ?? 0).Append(Aggregation.Stability?.LookBack ?? 0).Max();

    public Criterion? FindCriterion(string code) => Criteria.FirstOrDefault(c => c.Code == code);
}
