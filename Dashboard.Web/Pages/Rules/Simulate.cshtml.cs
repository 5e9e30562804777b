using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// What-if: a version (usually a draft) against the stored data of chosen periods, next to the rules in force:
/// counts before and after, the communes whose colour changes and why, and a map of the changes. A GET: nothing is
/// stored or published.
/// </summary>
public sealed class SimulateModel(RuleVersionService versions, WhatIfQueries whatIf, RulesInForce inForce, Ui ui) : RuleVersionPage(versions, ui)
{
    public IReadOnlyList<string> Available { get; private set; } = [];

    public IReadOnlyList<string> Chosen { get; private set; } = [];

    public IReadOnlyList<RuleSetError> Errors { get; private set; } = [];

    public WhatIfQueries.Simulation? Result { get; private set; }

    public string? MapPeriod { get; private set; }

    public OverviewQueries.Overview? Map { get; private set; }

    public IReadOnlyDictionary<string, string> MapLabels { get; private set; } = new Dictionary<string, string>();

    /// <summary>The version in force now, which the candidate is compared with (each period uses the version in force for it).</summary>
    public int? InForceVersion { get; private set; }

    /// <summary>Criteria the candidate has and the version in force does not: rated as no data where nothing is stored for them.</summary>
    public IReadOnlyList<Criterion> Added { get; private set; } = [];

    /// <summary>Criteria of the version in force the candidate no longer has: not rated by it.</summary>
    public IReadOnlyList<Criterion> Removed { get; private set; } = [];

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, string[]? periods, string? map, bool run, CancellationToken ct)
    {
        if (await LoadAsync(version, draftsOnly: false, ct) is { } missing)
        {
            return missing;
        }

        Available = await whatIf.ListRatedPeriodsAsync(ct);
        string? bad = null;
        var chosen = await whatIf.ResolvePeriodsAsync(periods, p => bad = p, ct);
        if (chosen is null)
        {
            BadInput = Ui.Format("Simulate.BadPeriods", bad, WhatIfQueries.MaxPeriods);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Chosen = chosen;
        var read = RuleVersionService.Validate(Item!.JsonText);
        Errors = read.Errors;
        if (!run || read.RuleSet is not { } candidate || Chosen.Count == 0)
        {
            return Page();
        }

        if (await inForce.FindAsync(ct) is { } current && current.Version.Version != Item.Version)
        {
            InForceVersion = current.Version.Version;
            var candidateCodes = candidate.Criteria.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            var currentCodes = current.Rules.Criteria.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
            Added = candidate.Criteria.Where(c => !currentCodes.Contains(c.Code)).ToList();
            Removed = current.Rules.Criteria.Where(c => !candidateCodes.Contains(c.Code)).ToList();
        }

        Result = await whatIf.RunAsync(candidate, Chosen, ct);
        MapPeriod = map is not null && Chosen.Contains(map) ? map : Chosen[^1];
        if (await whatIf.ChangeMapAsync(Result, MapPeriod, Ui, ct) is { } drawn)
        {
            (Map, MapLabels) = drawn;
        }

        return Page();
    }

    /// <summary>The query string of this simulation with another map period (the period links under the map).</summary>
    public string LinkForMap(string period) =>
        $"/Rules/Simulate/{Item!.Version}?run=true&{string.Join("&", Chosen.Select(p => "periods=" + p))}&map={period}#change-map";
}
