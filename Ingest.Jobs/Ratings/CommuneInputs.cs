using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// Turns stored values into the engine's input. When several sources report the same (commune, indicator,
/// period), real data beats demo data, an accepted correction (a decided dispute) beats every other source, and
/// among the other real sources the most recently changed wins.
/// </summary>
public static class CommuneInputs
{
    public const string DemoSource = "demo";

    /// <summary>The source of figures put in by accepting a dispute; a later upload never overrides them.</summary>
    public const string CorrectionSource = "correction";

    /// <param name="period">The period rated: only the units in force then get an input (null: every unit).</param>
    public static List<CommuneInput> Build(CommuneDirectory communes, IEnumerable<IndicatorValueRevision> values, Period? period = null)
    {
        ArgumentNullException.ThrowIfNull(communes);
        var byCommune = values
            .GroupBy(v => (v.CommuneCode, v.IndicatorCode, v.Period))
            .Select(g => g.OrderBy(v => v.Source == DemoSource ? 0 : v.Source == CorrectionSource ? 2 : 1).ThenBy(v => v.ChangedAt).ThenBy(v => v.Id).Last())
            .GroupBy(v => v.CommuneCode)
            .ToDictionary(g => g.Key, g => g.OrderBy(v => v.Period).ThenBy(v => v.IndicatorCode, StringComparer.Ordinal).Select(ToEngine).ToList());

        return (period is not { } p ? communes.CurrentCodes : communes.CodesInForce(p)).Order(StringComparer.Ordinal)
            .Select(code => new CommuneInput(code, communes.UnitTypeOf(code), byCommune.TryGetValue(code, out var list) ? list : [], communes.PopulationOf(code)))
            .ToList();
    }

    public static IndicatorValue ToEngine(IndicatorValueRevision v) => new(
        v.IndicatorCode,
        v.Period,
        Number: v.Part ?? v.Value,
        Whole: v.Whole,
        Flag: v.Flag,
        Task: TaskStatusText.Parse(v.TaskStatus),
        CompletedOn: v.CompletedOn);
}
