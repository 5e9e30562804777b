using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>
/// A stability rule applied to one colour: the raw (computed) colour, the colour published, what decided it, and how
/// many consecutive periods (the rated one included) the raw colour has been on the new side of the earlier published one.
/// </summary>
/// <param name="Earlier">The previous period's published colour; null when there was none.</param>
public sealed record ColourStability(Rating? Raw, Rating? Published, StabilityDecision Decision, int Streak, Rating? Earlier)
{
    /// <summary>
    /// Decides the published colour. <paramref name="earlier"/> is most recent first, one entry per period (null where the
    /// unit had no colour). <paramref name="pastBand"/> gives the colour under cuts moved by the dead band against the
    /// change (null when the rule has no dead band or the criterion is not numeric).
    /// </summary>
    internal static ColourStability Decide(StabilityRule rule, Rating? raw, IReadOnlyList<ColourPair?> earlier, Func<bool, Rating>? pastBand)
    {
        var previous = earlier.Count > 0 ? earlier[0]?.Published : null;
        if (raw is not { } now || previous is not { } held || now == held)
        {
            return new(raw, raw, StabilityDecision.Unchanged, 0, previous);
        }

        var worse = now < held;
        bool OnNewSide(Rating? colour) => colour is { } c && (worse ? c < held : c > held);
        var streak = 1;
        while (streak - 1 < earlier.Count && OnNewSide(earlier[streak - 1]?.Raw))
        {
            streak++;
        }

        // The least change every period of the window agrees on: green, then yellow, then red publishes yellow.
        Rating? afterHold = null;
        if (rule.HoldPeriods is { } periods && streak >= periods)
        {
            afterHold = now;
            for (var i = 0; i < periods - 1; i++)
            {
                var colour = earlier[i]!.Raw!.Value;
                afterHold = worse ? (Rating)Math.Max((int)afterHold.Value, (int)colour) : (Rating)Math.Min((int)afterHold.Value, (int)colour);
            }
        }

        Rating? byBand = null;
        if (rule.DeadBand is not null && pastBand is not null)
        {
            var colour = pastBand(worse);
            // Under cuts moved against the change the colour is at most as far from the held one as the computed colour.
            var limited = worse ? (Rating)Math.Max((int)colour, (int)now) : (Rating)Math.Min((int)colour, (int)now);
            byBand = limited == held || (worse ? limited > held : limited < held) ? null : limited;
        }

        if (afterHold is null && byBand is null)
        {
            return new(raw, held, StabilityDecision.Held, streak, held);
        }

        // Both allow a change: the larger one (they point the same way).
        var useBand = afterHold is null || (byBand is { } band && (worse ? band < afterHold : band > afterHold));
        return useBand
            ? new(raw, byBand, StabilityDecision.ChangedPastBand, streak, held)
            : new(raw, afterHold, StabilityDecision.ChangedAfterHold, streak, held);
    }
}
