using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// The what-if page of one version: the periods to choose from, the version's errors, and once asked to run, the
/// simulation next to the rules in force (the criteria added and removed) with the change map of one period.
/// </summary>
public sealed class SimulationQueries(WhatIfQueries whatIf, RulesInForce inForce, Ui ui)
{
    /// <param name="BadInput">The message for periods that are not periods (or too many); the page answers 400.</param>
    public sealed record View(IReadOnlyList<Period> Available, IReadOnlyList<Period> Chosen, IReadOnlyList<RuleSetError> Errors, string? BadInput = null)
    {
        public static readonly View Empty = new([], [], []);

        public WhatIfQueries.Simulation? Result { get; init; }

        public Period? MapPeriod { get; init; }

        public OverviewQueries.Overview? Map { get; init; }

        public IReadOnlyDictionary<string, string> MapLabels { get; init; } = new Dictionary<string, string>();

        /// <summary>The version in force now, which the candidate is compared with (each period uses the version in force for it).</summary>
        public int? InForceVersion { get; init; }

        /// <summary>Criteria the candidate has and the version in force does not: rated as no data where nothing is stored for them.</summary>
        public IReadOnlyList<Criterion> Added { get; init; } = [];

        /// <summary>Criteria of the version in force the candidate no longer has: not rated by it.</summary>
        public IReadOnlyList<Criterion> Removed { get; init; } = [];
    }

    /// <param name="run">False: only the form (what a GET without "run" shows); nothing is ever stored or published.</param>
    public async Task<View> GetAsync(RuleSetVersion item, string[]? periods, string? map, bool run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        var available = await whatIf.ListRatedPeriodsAsync(ct);
        string? bad = null;
        if (await whatIf.ResolvePeriodsAsync(periods, p => bad = p, ct) is not { } chosen)
        {
            return View.Empty with { Available = available, BadInput = ui.Format("Simulate.BadPeriods", bad, WhatIfQueries.MaxPeriods) };
        }

        var read = RuleVersionService.Validate(item.JsonText);
        var view = new View(available, chosen, read.Errors);
        if (!run || read.RuleSet is not { } candidate || chosen.Count == 0)
        {
            return view;
        }

        if (await inForce.FindAsync(ct) is { } current && current.Version.Version != item.Version)
        {
            var candidateCodes = candidate.Criteria.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            var currentCodes = current.Rules.Criteria.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            view = view with
            {
                InForceVersion = current.Version.Version,
                Added = candidate.Criteria.Where(c => !currentCodes.Contains(c.Code)).ToList(),
                Removed = current.Rules.Criteria.Where(c => !candidateCodes.Contains(c.Code)).ToList(),
            };
        }

        var result = await whatIf.RunAsync(candidate, chosen, ct);
        var mapPeriod = Period.TryParse(map, out var asked) && chosen.Contains(asked) ? asked : chosen[^1];
        view = view with { Result = result, MapPeriod = mapPeriod };
        return await whatIf.ChangeMapAsync(result, mapPeriod, ui, ct) is { } drawn ? view with { Map = drawn.Map, MapLabels = drawn.Labels } : view;
    }
}
