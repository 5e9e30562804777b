using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// Labelled demo data for all communes and periods, from a fixed seed: the same seed always gives the same values.
/// Every value is drawn from a documented distribution that depends on the unit (type, population, how urban it is,
/// the province it came from), on its own persistent character and on the month (docs/demo-data.md). No colour,
/// threshold or criterion is looked at: the rule set only says which reported indicators to keep.
/// </summary>
public static class DemoDataGenerator
{
    public const string Source = "demo";
    public const int DefaultSeed = 20250701;

    /// <summary>The demo values of the reported indicators <paramref name="rules"/> declares (computed ones are never generated).</summary>
    /// <param name="asOf">No task is completed after this day (the current day when seeding); by default the last day of <paramref name="last"/>.</param>
    public static IEnumerable<IndicatorReading> Generate(
        RuleSet rules, IReadOnlyList<Commune> communes, Period first, Period last, int seed = DefaultSeed, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var reported = rules.Indicators.Where(i => !i.IsComputed).Select(i => (i.Code, i.Kind)).ToHashSet();
        return Generate(communes, first, last, seed, asOf).Where(r => reported.Contains((r.IndicatorCode, DemoDistributions.Kinds[r.IndicatorCode])));
    }

    /// <summary>Every indicator the demo knows (<see cref="ReportedIndicators"/>), whichever rule set is in force.</summary>
    public static IEnumerable<IndicatorReading> Generate(IReadOnlyList<Commune> communes, Period first, Period last, int seed = DefaultSeed, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var today = asOf ?? last.LastDay;
        foreach (var commune in communes.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            // One stream per unit: a unit's values do not depend on which other units are generated.
            var random = new DemoRandom(unchecked(seed * 1_000_003 + StableHash(commune.Code)));
            var unit = DemoUnit.From(commune, random);
            var series = new DemoUnitSeries(unit, new DemoCharacter(random), random);
            foreach (var reading in series.Months(first, last, today))
            {
                yield return reading;
            }
        }
    }

    /// <summary>FNV-1a: string.GetHashCode differs from one process to the next.</summary>
    private static int StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return unchecked((int)hash);
    }

    /// <summary>The reported indicators the demo generates and the kind each is reported as.</summary>
    public static IReadOnlyDictionary<string, IndicatorKind> ReportedIndicators => DemoDistributions.Kinds;
}
