using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// Stability rules in the rescore: the earlier colours a period needs are read from the stored ratings of the periods
/// before it (and pinned in the new rating), and a change that can alter later published colours is carried forward,
/// period by period, re-publishing only units whose published colour changes, each re-publication audited.
/// </summary>
public sealed partial class Rescorer
{
    /// <summary>A later period to re-score because the colours of <paramref name="After"/>, a corrected period, changed.</summary>
    /// <param name="LastChanged">The last period in which colours were stored: propagation stops a hold window after it.</param>
    private sealed record Republication(Period Period, Period After, Period LastChanged);

    /// <summary>Each unit's colours in the <see cref="RuleSet.StabilityLookBack"/> periods before <paramref name="period"/>, most recent first.</summary>
    private async Task<IReadOnlyDictionary<string, EarlierColours>> LoadEarlierAsync(RuleSet ruleSet, Period period, CancellationToken ct)
    {
        var byCommune = new Dictionary<string, List<EarlierPeriodColours>>(StringComparer.Ordinal);
        var held = ruleSet.Criteria.Where(c => c.Stability is not null).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        for (var back = 1; back <= ruleSet.StabilityLookBack; back++)
        {
            var earlier = period.AddMonths(-back);
            foreach (var snapshot in await snapshots.ListLatestForPeriodAsync(earlier, ct).ConfigureAwait(false))
            {
                if (!byCommune.TryGetValue(snapshot.CommuneCode, out var list))
                {
                    byCommune[snapshot.CommuneCode] = list = [];
                }

                list.Add(ColoursOf(snapshot, earlier, held));
            }
        }

        return byCommune.ToDictionary(kv => kv.Key, kv => new EarlierColours(kv.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// A stored rating's colours. One of a rule set without stability (the rule was just turned on) counts with its raw
    /// colour equal to its published one, which it was.
    /// </summary>
    private static EarlierPeriodColours ColoursOf(RatingSnapshot snapshot, Period period, HashSet<string> held)
    {
        try
        {
            if (StableSeries.ColoursOf(ScoreJson.Deserialize(snapshot.ResultJson)) is { } colours)
            {
                return colours;
            }
        }
        catch (JsonException)
        {
            // Unreadable explanation: fall back to the colours stored beside it.
        }

        var overall = snapshot.Overall.AsRating();
        return new EarlierPeriodColours(period, new ColourPair(overall, overall), snapshot.Criteria
            .Where(c => held.Contains(c.CriterionCode))
            .ToDictionary(c => c.CriterionCode, c => new ColourPair(c.Rating.AsRating(), c.Rating.AsRating()), StringComparer.Ordinal));
    }

    /// <summary>Whether the overall or any criterion's published colour differs from the stored rating (none stored: it does).</summary>
    private static bool PublishedColoursChanged(RatingSnapshot? stored, CommuneScore score)
    {
        if (stored is null || stored.Overall != RatingColours.Of(score.Overall))
        {
            return true;
        }

        var before = stored.Criteria.ToDictionary(c => c.CriterionCode, c => c.Rating, StringComparer.Ordinal);
        return score.Criteria.Any(c => !before.TryGetValue(c.Code, out var was) || was != RatingColours.Of(c.Outcome, c.Rating));
    }

    /// <summary>
    /// The next period to re-score, if the change can reach it: it has stored ratings, and colours changed in this period
    /// or in one close enough before it that a hold window still reaches it.
    /// </summary>
    private async Task<Republication?> NextToRepublishAsync(Period period, RuleSet ruleSet, bool storedAny, Republication? republication, CancellationToken ct)
    {
        var lastChanged = storedAny ? period : republication?.LastChanged;
        var next = period.AddMonths(1);
        if (lastChanged is not { } changed || next.AddMonths(-ruleSet.StabilityLookBack) > changed)
        {
            return null;
        }

        var rated = await snapshots.ListPeriodsAsync(ct).ConfigureAwait(false);
        return rated.Contains(next)
            ? new Republication(next, republication?.After ?? period, changed)
            : null;
    }

    private Task AuditRepublishedAsync(Period period, Period after, IReadOnlyList<string> communes, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = "system",
            Action = RepublishAction,
            Subject = "period:" + period,
            DetailJson = JsonSerializer.Serialize(new { after = after.ToString(), communes }),
        }, ct);

    /// <summary>The audit action of a rating re-published because a correction of an earlier period changed its published colour.</summary>
    public const string RepublishAction = "rating.republish";

    private static int InsertionPoint(List<Period> ordered, Period period)
    {
        var index = ordered.BinarySearch(period);
        return index < 0 ? ~index : index;
    }
}
