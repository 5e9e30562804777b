using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>One version: its JSON (read-only), status and hash, the diff against any other version, its validation and golden cases.</summary>
public sealed class VersionModel(RuleVersionService versions, RulesInForce inForce, Ui ui) : RuleVersionPage(versions, ui)
{
    public IReadOnlyList<RuleSetVersion> All { get; private set; } = [];

    public RuleSetVersion? Other { get; private set; }

    public int? InForceVersion { get; private set; }

    public IReadOnlyList<DiffView.Group>? Diff { get; private set; }

    public DiffView.Notes? Notes { get; private set; }

    public IReadOnlyList<RuleSetError> Errors { get; private set; } = [];

    public IReadOnlyList<GoldenCaseResult> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int version, string? against, CancellationToken ct)
    {
        if (await LoadAsync(version, draftsOnly: false, ct) is { } missing)
        {
            return missing;
        }

        All = (await Versions.ListAsync(ct)).OrderByDescending(v => v.Version).ToList();
        InForceVersion = (await inForce.FindAsync(ct))?.Version.Version;
        Other = int.TryParse(against, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? All.FirstOrDefault(v => v.Version == n)
            : null;
        Other ??= All.FirstOrDefault(v => v.Version == InForceVersion && v.Version != version) ?? All.FirstOrDefault(v => v.Version < version);

        var read = RuleVersionService.Validate(Item!.JsonText);
        Errors = read.Errors;
        Cases = read.RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : [];
        if (Other is not null && Versions.Diff(Other, Item) is { } changes)
        {
            var before = RuleVersionService.Validate(Other.JsonText).RuleSet;
            Diff = DiffView.Build(changes, before, read.RuleSet, Ui);
            Notes = DiffView.NotesOf(read.RuleSet, before, Diff, Ui);
        }
        else
        {
            Notes = DiffView.NotesOf(read.RuleSet, null, null, Ui);
        }

        return Page();
    }
}
