using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Map;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// What-if for the page and the API: which periods (by default the latest three rated), the simulation itself
/// (RuleSimulator; nothing is stored), the communes' names, and the map of the changes drawn by the same
/// server-rendered SVG component as the overview.
/// </summary>
public sealed class WhatIfQueries(RuleSimulator simulator, RatingsQueries ratings, MapGeometryCache map)
{
    public const int DefaultPeriodCount = 3;

    /// <summary>Enough for two years of monthly periods; a bigger request is refused rather than tying up the server.</summary>
    public const int MaxPeriods = RuleSimulator.MaxPeriods;

    /// <summary>One simulation: per period the counts before and after and the changed communes.</summary>
    public sealed record Simulation(RuleSet Candidate, IReadOnlyList<WhatIfPeriod> Periods, IReadOnlyDictionary<string, Commune> Communes)
    {
        public string Name(string code, Ui ui) => Communes.TryGetValue(code, out var c) ? (ui.Language == Language.En ? c.FullNameEn : c.FullName) : code;

        public LocalizedText? CriterionName(string code) => Candidate.Criteria.FirstOrDefault(c => c.Code == code)?.Name;
    }

    /// <summary>The map of one period's changes and the label of each unit on it.</summary>
    public sealed record ChangeMap(OverviewQueries.Overview Map, IReadOnlyDictionary<string, string> Labels);

    /// <summary>Rated periods, newest first.</summary>
    public Task<IReadOnlyList<Period>> ListRatedPeriodsAsync(CancellationToken ct) => ratings.ListPeriodsAsync(ct);

    public async Task<IReadOnlyList<Period>> DefaultPeriodsAsync(CancellationToken ct) =>
        (await ratings.ListPeriodsAsync(ct)).Take(DefaultPeriodCount).Order().ToList();

    /// <summary>
    /// The requested periods, checked: null when one is malformed (<paramref name="bad"/> says which) or there are too
    /// many; the default periods when none is given.
    /// </summary>
    public async Task<IReadOnlyList<Period>?> ResolvePeriodsAsync(IEnumerable<string?>? requested, Action<string> bad, CancellationToken ct)
    {
        var chosen = new SortedSet<Period>();
        foreach (var text in requested ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!Period.TryParse(text, out var period))
            {
                bad(text);
                return null;
            }

            chosen.Add(period);
        }

        if (chosen.Count > MaxPeriods)
        {
            bad(string.Join(", ", chosen.Take(3)) + "…");
            return null;
        }

        return chosen.Count > 0 ? chosen.ToList() : await DefaultPeriodsAsync(ct);
    }

    public async Task<Simulation> RunAsync(RuleSet candidate, IReadOnlyList<Period> periods, CancellationToken ct)
    {
        var results = await simulator.SimulateAsync(candidate, periods, ct);
        var communes = (await ratings.ListCommunesAsync(ct)).ToDictionary(c => c.Code, StringComparer.Ordinal);
        return new Simulation(candidate, results, communes);
    }

    /// <summary>
    /// The map of one period's changes: changed communes filled with their new colour, the rest with the hatched
    /// grey of "no data", and a label per unit saying what changed (the caption and tooltips read it).
    /// </summary>
    public async Task<ChangeMap?> ChangeMapAsync(Simulation simulation, Period period, Ui ui, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(ui);
        var geometry = await map.GetAsync(ct);
        var result = simulation.Periods.FirstOrDefault(p => p.Period == period);
        if (geometry is null || result is null)
        {
            return null;
        }

        var changed = result.Changed.ToDictionary(c => c.CommuneCode, StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<LeagueRow>();
        // Only the period's units, as the simulation rated them: after a re-organisation an ended unit's outline is left
        // blank and a new one is named beside the map (MapCoverage), never drawn as "unchanged".
        foreach (var commune in simulation.Communes.Values.Where(c => c.IsInForce(result.Period)))
        {
            var name = simulation.Name(commune.Code, ui);
            if (changed.TryGetValue(commune.Code, out var change))
            {
                var after = RatingColours.Of(change.After);
                rows.Add(new LeagueRow(0, commune, new CommuneRatingSummary(commune.Code, after, null, 0, 0, 0, 0, simulation.Candidate.Id, simulation.Candidate.Version, default), null, null));
                labels[commune.Code] = ui.Format("Simulate.MapChanged", name, ui.Rating(change.Before), ui.Rating(change.After), string.Join(", ", change.Criteria.Select(c => c.Code)));
            }
            else
            {
                rows.Add(new LeagueRow(0, commune, null, null, null));
                labels[commune.Code] = ui.Format("Simulate.MapUnchanged", name);
            }
        }

        var counts = rows.GroupBy(r => r.Overall).ToDictionary(g => g.Key, g => g.Count());
        return new ChangeMap(new OverviewQueries.Overview(result.Period, rows, counts, geometry, [], [], ""), labels);
    }

    /// <summary>One colour's count; every grey state counts as not rated.</summary>
    public static int Count(RatingCounts counts, RatingColour colour)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return colour switch
        {
            RatingColour.Green => counts.Green,
            RatingColour.Yellow => counts.Yellow,
            RatingColour.Red => counts.Red,
            RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => counts.NotRated,
        };
    }
}
