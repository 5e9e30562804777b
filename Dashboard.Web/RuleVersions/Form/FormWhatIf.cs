using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// The form editor's what-if, for the page and its JSON endpoint alike: where each error goes, the counts per colour
/// before (the rules in force for each period) and after (the form's draft) per period, and the units whose colour
/// changes in the newest chosen period with the criteria behind it, and every unit's fill and label on the map of those
/// changes (rule-form.js recolours the map drawn with the page from it).
/// </summary>
public sealed record FormWhatIf(
    bool Valid, IReadOnlyList<FormWhatIf.Message> Errors, IReadOnlyList<FormWhatIf.PeriodCounts> Periods, string? ChangesPeriod,
    IReadOnlyList<FormWhatIf.UnitChange> Changes, int MoreChanges, IReadOnlyList<string> ChangedCriteria, long ElapsedMs,
    IReadOnlyList<FormWhatIf.MapUnit> Map)
{
    /// <summary>How many changed units are listed; the rest are counted.</summary>
    public const int MaxListed = 60;

    private static readonly RatingColour[] Colours = [RatingColour.Green, RatingColour.Yellow, RatingColour.Red, RatingColour.NoData];

    /// <summary>An error message and the id of the element it is shown in (a field's "…-error", a criterion's block, or the form's top).</summary>
    public sealed record Message(string Target, string Key, string Text);

    public sealed record PeriodCounts(string Period, string Label, IReadOnlyDictionary<string, int> Before, IReadOnlyDictionary<string, int> After, int Changed);

    /// <param name="Why">One line per criterion whose colour changed: "C7 …: Xanh → Vàng".</param>
    public sealed record UnitChange(string Code, string Name, RatingColour Before, RatingColour After, string BeforeText, string AfterText, IReadOnlyList<string> Why);

    /// <summary>A unit on the map of changes: its new colour where it changed, "noData" (hatched grey) where not.</summary>
    public sealed record MapUnit(string Code, RatingColour Rating, string Label);

    public static FormWhatIf Of(
        IReadOnlyList<Message> errors, WhatIfQueries.Simulation? simulation, WhatIfQueries.ChangeMap? map, IReadOnlyList<string> changedCriteria, long elapsedMs, Ui ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        if (simulation is null)
        {
            return new FormWhatIf(false, errors, [], null, [], 0, changedCriteria, elapsedMs, []);
        }

        var periods = simulation.Periods.Select(p => new PeriodCounts(
            p.Period.ToString(), ui.Period(p.Period),
            // Keyed by the served spelling: the form's script reads these counts by "green", "yellow", …
            Colours.ToDictionary(c => c.Spelling(), c => WhatIfQueries.Count(p.Before, c)),
            Colours.ToDictionary(c => c.Spelling(), c => WhatIfQueries.Count(p.After, c)),
            p.Changed.Count)).ToList();
        var last = simulation.Periods.Count > 0 ? simulation.Periods[^1] : null;
        var changes = (last?.Changed ?? []).Take(MaxListed).Select(c => new UnitChange(
            c.CommuneCode, simulation.Name(c.CommuneCode, ui),
            RatingColours.Of(c.Before), RatingColours.Of(c.After), ui.Rating(c.Before), ui.Rating(c.After),
            [.. c.Criteria.Select(k => $"{k.Code} {ui.Text(simulation.CriterionName(k.Code))}: {ui.Rating(k.Before)} → {ui.Rating(k.After)}")])).ToList();
        return new FormWhatIf(errors.Count == 0, errors, periods, last?.Period.ToString(), changes,
            Math.Max(0, (last?.Changed.Count ?? 0) - MaxListed), changedCriteria, elapsedMs,
            [.. (map?.Map.Rows ?? []).Select(r => new MapUnit(r.Commune.Code, RatingPalette.Normalize(r.Overall), map!.Labels.GetValueOrDefault(r.Commune.Code, r.Commune.Code)))]);
    }
}
