using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>One version: its JSON (read-only), status and hash, the diff against any other version, its validation and golden cases.</summary>
public sealed class VersionModel(RuleVersionService versions, RulesInForce inForce, Ui ui) : PageModel
{
    public RuleSetVersion? Item { get; private set; }

    public IReadOnlyList<RuleSetVersion> All { get; private set; } = [];

    public RuleSetVersion? Other { get; private set; }

    public int? InForceVersion { get; private set; }

    public IReadOnlyList<DiffView.Group>? Diff { get; private set; }

    public DiffView.Notes? Notes { get; private set; }

    public IReadOnlyList<RuleSetError> Errors { get; private set; } = [];

    public IReadOnlyList<GoldenCaseResult> Cases { get; private set; } = [];

    public string? NotFoundMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int version, string? against, CancellationToken ct)
    {
        Item = await versions.FindAsync(version, ct);
        if (Item is null)
        {
            NotFoundMessage = ui.Format("Rules.NotFound", version);
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        All = (await versions.ListAsync(ct)).OrderByDescending(v => v.Version).ToList();
        InForceVersion = (await inForce.FindAsync(ct))?.Version.Version;
        Other = int.TryParse(against, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? All.FirstOrDefault(v => v.Version == n)
            : null;
        Other ??= All.FirstOrDefault(v => v.Version == InForceVersion && v.Version != version) ?? All.FirstOrDefault(v => v.Version < version);

        var read = RuleVersionService.Validate(Item.JsonText);
        Errors = read.Errors;
        Cases = read.RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : [];
        if (Other is not null && versions.Diff(Other, Item) is { } changes)
        {
            var before = RuleVersionService.Validate(Other.JsonText).RuleSet;
            Diff = DiffView.Build(changes, before, read.RuleSet, ui);
            Notes = DiffView.NotesOf(read.RuleSet, before, Diff, ui);
        }
        else
        {
            Notes = DiffView.NotesOf(read.RuleSet, null, null, ui);
        }

        return Page();
    }
}
