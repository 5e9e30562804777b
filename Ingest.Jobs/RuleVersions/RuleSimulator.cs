using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// What-if: rates the stored data of chosen periods with a candidate rule set next to the rules in force for each
/// period. Stores nothing and publishes nothing.
/// </summary>
/// <remarks>
/// The form editor's live what-if asks again at every change of a value, so what does not depend on the draft is
/// kept between requests (<see cref="SimulationInputs"/>): the values of every chosen period (with their look-back),
/// read in one query and laid out once, and each period's ratings under the rules in force. A request then rates only
/// the draft. Laying out the whole range once rates each period as its
/// own look-back window would: a rating looks back no further than <see cref="RuleSet.LookBack"/>.
/// </remarks>
public sealed class RuleSimulator(ActiveRules active, IndicatorRepository indicators, CommuneRepository communes, DbConnectionFactory connections)
{
    /// <summary>Enough for two years of monthly periods; a bigger request is refused rather than tying up the server.</summary>
    public const int MaxPeriods = 24;

    private readonly SimulationInputs _inputs = new(indicators, communes, connections);

    public async Task<IReadOnlyList<WhatIfPeriod>> SimulateAsync(RuleSet candidate, IReadOnlyList<Period> periods, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(periods);
        var chosen = periods.Distinct().Order().ToList();
        if (chosen.Count == 0)
        {
            return [];
        }

        var plans = new List<(Period Period, RuleSet? Current, int Carry)>();
        foreach (var period in chosen)
        {
            var current = (await active.FindForPeriodAsync(period, ct).ConfigureAwait(false))?.Rules;
            // Far enough back for every criterion: N periods for carryForward, 36 for a held state (holdState), 11 more
            // for a year-to-date or rolling-12 sum (RuleSet.LookBack).
            // A stability rule is simulated as a series from a warm-up before the period (StableSeries.WarmUpPeriods).
            var carry = Math.Max(current?.LookBack ?? 0, candidate.LookBack)
                + (current?.HasStability == true || candidate.HasStability ? StableSeries.WarmUpPeriods : 0);
            plans.Add((period, current, carry));
        }

        // Read enough for any choice of up to MaxPeriods periods ending at the newest one chosen, so that ticking more
        // periods beside the form (it opens on three) does not read everything again.
        var widest = chosen[^1].AddMonths(-(MaxPeriods - 1) - plans.Max(p => p.Carry));
        var loaded = await _inputs.GetAsync(Min(plans.Min(p => p.Period.AddMonths(-p.Carry)), widest), chosen[^1], ct).ConfigureAwait(false);
        var results = new List<WhatIfPeriod>(plans.Count);
        foreach (var (period, current, _) in plans)
        {
            // Before the first published version the draft is compared with itself: it is all there is. Not kept, as
            // the draft changes with every request. Each period is compared on its own, a stability rule's series
            // starting a warm-up before it.
            var before = current is null ? new InForce(candidate, loaded.Inputs) : loaded.For(current);
            var after = WhatIf.LaidOutFor(candidate, before.Values, loaded.Inputs);
            var rated = before.Rated(period);
            // Only the units in force in the period count, as the rescore rates them: a unit ended or not yet started by a
            // re-organisation is neither a "before" nor an "after" of that period.
            if (loaded.InForceAt(period) is { } inForce)
            {
                rated = [.. inForce.Select(i => rated[i])];
                after = [.. inForce.Select(i => after[i])];
            }

            results.Add(WhatIf.Compare(rated, candidate, after, period, WhatIf.SeriesFrom(period)));
        }

        return results;
    }

    private static Period Min(Period a, Period b) => a <= b ? a : b;
}
