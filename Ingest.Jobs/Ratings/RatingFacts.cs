using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using static DashboardKpi.Ingest.Jobs.Ratings.FactText;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// What "identical" means when a stored rating is reproduced: the same facts, whatever the sentences say.
/// The facts are, per criterion, the outcome and colour, the value used, the threshold and override applied, the
/// amount to each better colour and the points; overall, the colour, the verdict (the reason as a code), the
/// score and, for per-capita indicators, the population used. Decimals are compared as decimals, exactly.
/// Everything else follows from these facts and the pinned rule set (effort, the choice of the path to green) or
/// is wording: every sentence, unit and name, compared apart so that a release that writes "42,5%" for "42,5 %"
/// does not turn every stored rating into a different one.
/// </summary>
public static class RatingFacts
{
    /// <summary>Every fact that differs, named by criterion and fact in vi and en; empty when all facts are equal.</summary>
    /// <param name="storedVerdict">Null for results stored before the verdict was: then it is not compared.</param>
    public static IReadOnlyList<LocalizedText> Differences(CommuneScore stored, Verdict? storedVerdict, CommuneScore recomputed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(recomputed);
        var differences = new List<LocalizedText>();
        var overall = new LocalizedText("tổng thể", "overall");
        if (stored.Overall != recomputed.Overall)
        {
            differences.Add(Changed(overall, null, Colour(Outcome.Rated, stored.Overall), Colour(Outcome.Rated, recomputed.Overall)));
        }

        // Stability rules: the colour as computed is a fact too (the published one may be an earlier colour that holds).
        if (stored.Stability?.RawOverall != recomputed.Stability?.RawOverall)
        {
            differences.Add(Changed(overall, new("màu tính được", "computed colour"), Colour(Outcome.Rated, stored.Stability?.RawOverall), Colour(Outcome.Rated, recomputed.Stability?.RawOverall)));
        }

        if (storedVerdict is { } verdict && verdict != recomputed.Verdict)
        {
            differences.Add(Changed(overall, new("mã lý do", "reason code"), Code(verdict), Code(recomputed.Verdict)));
        }

        if (stored.Population?.Residents != recomputed.Population?.Residents)
        {
            differences.Add(Changed(overall, new("dân số", "population"), Number(stored.Population?.Residents), Number(recomputed.Population?.Residents)));
        }

        if (stored.Score != recomputed.Score)
        {
            differences.Add(Changed(overall, new("điểm", "score"), Number(stored.Score), Number(recomputed.Score)));
        }

        var recomputedByCode = recomputed.Criteria.ToDictionary(c => c.Code, StringComparer.Ordinal);
        foreach (var before in stored.Criteria)
        {
            if (recomputedByCode.Remove(before.Code, out var after))
            {
                Compare(before, after, differences);
            }
            else
            {
                differences.Add(new($"{before.Code}: đã lưu nhưng không còn được tính", $"{before.Code}: stored but no longer computed"));
            }
        }

        differences.AddRange(recomputedByCode.Keys.Select(code => new LocalizedText($"{code}: tính lại nhưng chưa được lưu", $"{code}: recomputed but not stored")));
        return differences;
    }

    /// <summary>Whether every sentence, unit and name is written the same, in both languages.</summary>
    public static bool SameWording(CommuneScore stored, CommuneScore recomputed)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(recomputed);
        return Wording(stored).SequenceEqual(Wording(recomputed));
    }

    private static void Compare(CriterionResult before, CriterionResult after, List<LocalizedText> differences)
    {
        var code = new LocalizedText(before.Code, before.Code);
        if (before.Outcome != after.Outcome || before.Rating != after.Rating)
        {
            differences.Add(Changed(code, null, Colour(before.Outcome, before.Rating), Colour(after.Outcome, after.Rating)));
        }

        if (before.Stability?.Raw != after.Stability?.Raw)
        {
            differences.Add(Changed(code, new("màu tính được", "computed colour"), Colour(before.Outcome, before.Stability?.Raw), Colour(after.Outcome, after.Stability?.Raw)));
        }

        if (!SameValue(before.Value, after.Value))
        {
            differences.Add(Changed(code, new("giá trị", "value"), Value(before.Kind, before.Value), Value(after.Kind, after.Value)));
        }

        var (cutsBefore, cutsAfter) = (before.Threshold.Threshold, after.Threshold.Threshold);
        if ((cutsBefore.Direction, cutsBefore.Green, cutsBefore.Yellow, cutsBefore.Deadline) != (cutsAfter.Direction, cutsAfter.Green, cutsAfter.Yellow, cutsAfter.Deadline))
        {
            var direction = cutsBefore.Direction != cutsAfter.Direction;
            differences.Add(Changed(code, new("ngưỡng", "threshold"), Cuts(before.Kind, cutsBefore, direction), Cuts(after.Kind, cutsAfter, direction)));
        }

        if (Scope(before.Threshold.Override) != Scope(after.Threshold.Override))
        {
            differences.Add(Changed(code, new("ngưỡng riêng", "override"), Override(before.Threshold.Override), Override(after.Threshold.Override)));
        }

        foreach (var target in new[] { Rating.Yellow, Rating.Green })
        {
            var (gapBefore, gapAfter) = (before.GapTo(target), after.GapTo(target));
            if (gapBefore?.Missing != gapAfter?.Missing)
            {
                differences.Add(Changed(code, AmountTo(target), Amount(gapBefore), Amount(gapAfter)));
            }
        }

        if (before.Points != after.Points)
        {
            differences.Add(Changed(code, new("điểm", "points"), Number(before.Points), Number(after.Points)));
        }
    }

    /// <summary>The value as reported, its percentage and the period it came from; not how it is written.</summary>
    private static bool SameValue(MeasuredValue? before, MeasuredValue? after) =>
        before is null || after is null
            ? before is null && after is null
            : before.Reported == after.Reported && before.Percent == after.Percent && before.Period == after.Period && before.IsStale == after.IsStale;

    private static IEnumerable<LocalizedText?> Wording(CommuneScore score)
    {
        yield return score.Reason;
        yield return score.Population?.Source;
        foreach (var c in score.Criteria)
        {
            yield return c.Name;
            yield return c.Reason;
            yield return c.Value?.Text;
            yield return c.Threshold.GreenText;
            yield return c.Threshold.YellowText;
            yield return c.Threshold.BoundaryText;
            yield return c.Threshold.Override?.Reason;
            foreach (var gap in c.Gaps)
            {
                yield return gap.Unit;
                yield return gap.Action;
            }
        }

        foreach (var step in score.PathToGreen)
        {
            yield return step.CriterionName;
            yield return step.Gap.Action;
        }
    }
}
