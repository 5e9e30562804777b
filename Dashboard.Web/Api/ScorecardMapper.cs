using System.Globalization;
using DashboardKpi.Dashboard.Web.Methodology;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>The engine's explanation in the API's shape: enums as lower-camel words, texts as {vi, en}.</summary>
public static class ScorecardMapper
{
    public static ScorecardDto ToDto(ScorecardQueries.Scorecard card, RescoreStatusDto rescore)
    {
        ArgumentNullException.ThrowIfNull(card);
        var score = card.Score;
        return new ScorecardDto(
            card.Commune.Code, card.Commune.FullName, card.Commune.FullNameEn, card.Period!.Value,
            card.Snapshot?.Overall ?? RatingColour.NoData, score?.Score, score?.Reason,
            card.Snapshot?.RuleSetId, card.Snapshot?.RuleSetVersion, card.Snapshot?.RuleSetSha256, card.Snapshot?.ComputedAt,
            score?.Criteria.Select(c => Criterion(card, c)).ToList() ?? [],
            score?.PathToGreen.Select(s => new PathStepDto(s.CriterionCode, s.CriterionName, RatingColours.Of(s.From), Gap(s.Gap))).ToList() ?? [],
            rescore, MethodologyQueries.Url(card.Period));
    }

    private static CriterionDto Criterion(ScorecardQueries.Scorecard card, CriterionResult c)
    {
        var source = ScorecardQueries.SourceOf(card, c);
        var t = c.Threshold.Threshold;
        return new CriterionDto(
            c.Code, c.Name, Camel(c.Group.ToString()), c.IsCritical, RatingColours.Of(c.Outcome, c.Rating),
            c.Value is { } v ? new ValueDto(v.Text, v.Reported.Number, v.Reported.Whole, v.Percent, v.Reported.Flag, v.Reported.Task is { } task ? Camel(task.ToString()) : null, v.Period, v.IsStale) : null,
            new ThresholdDto(Camel(t.Direction.ToString()), t.Green, t.Yellow, t.Deadline, c.Threshold.GreenText, c.Threshold.YellowText, Camel(t.Basis.ToString()), t.Source,
                t.Reference is { } r ? new ReferenceDto(r.Document, r.Date, r.Date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), r.Clause) : null, t.Rationale),
            c.Gaps.Select(Gap).ToList(), c.Reason, source?.Source, source?.UpdatedAt, MethodologyQueries.Url(card.Period, c.Code));
    }

    private static GapDto Gap(Gap gap) => new(RatingColours.Of(gap.Target), gap.Missing, gap.Unit, gap.Action);

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
