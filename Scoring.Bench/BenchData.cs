using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Bench;

/// <summary>
/// The benchmark inputs: the shipped rules, the 168 real units (or 3,321 clones of them with new codes for the
/// national scale) and their demo values, turned into engine inputs the way the rescore does.
/// </summary>
public static class BenchData
{
    public const int CityUnits = 168;
    public const int NationalUnits = 3321;

    /// <summary>The first period of two-tier local government, where the demo data starts.</summary>
    public static readonly Period FirstPeriod = new(2025, 7);

    public static RuleSet Rules { get; } = ShippedRules.Read().RuleSet
        ?? throw new InvalidOperationException("The shipped rules do not load.");

    public static IReadOnlyList<Commune> CityCommunes { get; } = CommuneJsonReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units));

    public static IReadOnlyList<Period> Periods(int count) => [.. Enumerable.Range(0, count).Select(FirstPeriod.AddMonths)];

    /// <summary>Clones of the 168 units (type, population) under new six-digit codes, so the demo generator draws fresh values for each.</summary>
    public static IReadOnlyList<Commune> NationalCommunes(int count = NationalUnits) =>
        [.. Enumerable.Range(0, count).Select(i => CityCommunes[i % CityCommunes.Count] with { Code = (100_000 + i).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) })];

    /// <summary>The most periods any shipped criterion carries a value forward (2).</summary>
    public static int Carry { get; } = Rules.Criteria.Where(c => c.Missing.Strategy == MissingValueStrategy.CarryForward).Max(c => c.Missing.Periods);

    /// <summary>
    /// Each commune with only the values the rescore loads for <paramref name="period"/>: that period and the
    /// carry-forward window before it (Rescorer reads "period − carry … period" from storage).
    /// </summary>
    public static List<CommuneInput> Window(IReadOnlyList<CommuneInput> communes, Period period) =>
        [.. communes.Select(c => c with { Values = [.. c.Values.Where(v => v.Period <= period && v.Period >= period.AddMonths(-Carry))] })];

    /// <summary>Demo values for every unit over <paramref name="periods"/> periods from July 2025, as engine inputs.</summary>
    public static List<CommuneInput> Inputs(IReadOnlyList<Commune> communes, int periods, RuleSet? rules = null)
    {
        var readings = DemoDataGenerator.Generate(rules ?? Rules, communes, FirstPeriod, FirstPeriod.AddMonths(periods - 1));
        var revisions = readings.Select((r, i) => new IndicatorValueRevision
        {
            Id = i + 1,
            CommuneCode = r.CommuneCode,
            IndicatorCode = r.IndicatorCode,
            Period = r.Period,
            Source = r.Source,
            Value = r.Value,
            Part = r.Part,
            Whole = r.Whole,
            Flag = r.Flag,
            TaskStatus = r.TaskStatus,
            CompletedOn = r.CompletedOn,
        });
        return CommuneInputs.Build(new CommuneDirectory(communes, []), revisions);
    }
}
