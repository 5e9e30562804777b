using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// Labelled demo data for all communes and periods, from a fixed seed: the same seed always gives the same
/// values. Each commune has a standing (wards ahead of rural communes on average, larger populations report
/// more dossiers); each period it gets a profile (green / yellow / red) from that standing, and every
/// criterion's value is drawn inside the band the profile needs, within the ranges of plan02-research §6.
/// </summary>
public static class DemoDataGenerator
{
    public const string Source = "demo";
    public const int DefaultSeed = 20250701;

    public static IEnumerable<IndicatorReading> Generate(RuleSet rules, IReadOnlyList<Commune> communes, Period first, Period last, int seed = DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(communes);
        var random = new Random(seed);
        var ordered = communes.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var standing = Standings(ordered, random);
        var critical = rules.Aggregation is CriticalShareAggregation aggregation ? aggregation.Critical.ToHashSet(StringComparer.Ordinal) : [];

        foreach (var period in first.Through(last))
        {
            var shares = DemoProfiles.Shares(period, first);
            foreach (var commune in ordered)
            {
                var profile = DemoProfiles.For(standing[commune.Code], shares);
                var unitType = CommuneDirectory.ToUnitType(commune.Type);
                var bands = DemoBands.Choose(rules, critical, profile, period, random);
                foreach (var criterion in rules.Criteria)
                {
                    var (threshold, _) = criterion.ThresholdFor(unitType, period);
                    var draw = new DemoValueDraw(random, commune, period);
                    yield return draw.Value(criterion.Indicator, threshold, bands[criterion.Code]).ToReading(commune.Code, criterion.Indicator, period.ToString(), Source);
                    foreach (var context in criterion.ContextIndicators)
                    {
                        yield return draw.Context(context, criterion.Indicator).ToReading(commune.Code, context, period.ToString(), Source);
                    }
                }
            }
        }
    }

    /// <summary>A rank-based standing in [0, 1): wards get a head start, then noise orders everyone.</summary>
    private static Dictionary<string, double> Standings(List<Commune> communes, Random random)
    {
        var raw = communes.ToDictionary(c => c.Code, c => random.NextDouble() + (c.Type == "phuong" ? 0.35 : 0.0));
        var ranked = raw.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
        return ranked.Select((code, index) => (code, index)).ToDictionary(x => x.code, x => (double)x.index / ranked.Count);
    }
}
