using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Checks the optional stability rules (per criterion and for the overall colour) and the peer-group settings.</summary>
internal static class StabilityRules
{
    /// <param name="kind">The criterion's indicator kind; null for the overall colour, which takes hold periods only.</param>
    public static void Validate<T>(StabilityDocument? stability, string path, string? kind, bool overall, ValidationContext<T> context)
    {
        if (stability is null)
        {
            return;
        }

        if (stability.HoldPeriods is null && stability.DeadBand is null)
        {
            context.Fail(path, "stability.empty");
        }

        if (stability.HoldPeriods is { } periods && periods is < 2 or > 12)
        {
            context.Fail(path + ".HoldPeriods", "stability.holdPeriods", periods);
        }

        if (stability.DeadBand is { } band)
        {
            if (overall)
            {
                context.Fail(path + ".DeadBand", "stability.deadBandOverall");
            }
            else if (kind is "yesNo" or "task")
            {
                context.Fail(path + ".DeadBand", "stability.deadBandKind", kind);
            }
            else if (band <= 0)
            {
                context.Fail(path + ".DeadBand", "number.notPositive", band);
            }
        }

        context.OptionalText(path + ".Rationale", stability.Rationale);
    }

    public static void ValidatePeers(RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        if (document.PeerGroups is not { } peers)
        {
            return;
        }

        var bands = peers.PopulationBands;
        if (bands is null || bands.Count == 0)
        {
            context.Fail("PeerGroups.PopulationBands", bands is null ? "required" : "list.empty");
        }
        else if (bands[0] <= 0 || bands.Zip(bands.Skip(1)).Any(pair => pair.First >= pair.Second))
        {
            context.Fail("PeerGroups.PopulationBands", "peers.bandsOrder", string.Join(", ", bands));
        }

        if (peers.MinGroupSize is null)
        {
            context.Fail("PeerGroups.MinGroupSize", "required");
        }
        else if (peers.MinGroupSize < 1)
        {
            context.Fail("PeerGroups.MinGroupSize", "number.notPositive", peers.MinGroupSize);
        }

        context.OptionalText("PeerGroups.Rationale", peers.Rationale);
    }
}
