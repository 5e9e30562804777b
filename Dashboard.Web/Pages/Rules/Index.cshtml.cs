using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// The rule-set versions (status, effective-from, author, dates, hash), starting a draft from the version in force
/// or from an uploaded file, the recent rule-set audit entries, and the criteria of the version in force; above them,
/// a notice for a rule set that came with a software update as a draft (review, simulate, publish).
/// </summary>
[RequestSizeLimit(IndexModel.MaxUploadBytes + 64_000)]
public sealed class IndexModel(
    RuleVersionService versions, RulesInForce inForce, RuleAuditLog audit, ShippedDrafts shipped, Ui ui) : PageModel
{
    /// <summary>The shipped rule file is about 60 kB; anything near a megabyte is not a rule file.</summary>
    public const int MaxUploadBytes = 1_000_000;

    public IReadOnlyList<RuleSetVersion> Versions { get; private set; } = [];

    public RuleSetVersion? InForce { get; private set; }

    public RuleSet? InForceRules { get; private set; }

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>Drafts that came with a software update and wait for an admin (the notice at the top).</summary>
    public IReadOnlyList<ShippedDrafts.Draft> ShippedDrafts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNewDraftAsync(CancellationToken ct)
    {
        if ((await versions.ListAsync(ct)).All(v => v.Status != RuleSetStatus.Published))
        {
            Error = ui["Rules.NoPublished"];
            await LoadAsync(ct);
            return Page();
        }

        var draft = await versions.CreateDraftAsync(null, User.UserName(), ct);
        await audit.DraftCreatedAsync(User.UserName(), draft, "published", ct);
        return RedirectToPage("/Rules/Edit", new { version = draft.Version });
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxUploadBytes)
        {
            Error = file is { Length: > MaxUploadBytes } ? ui.Format("Rules.UploadTooBig", ui.Number(MaxUploadBytes / 1000m, 0)) : ui["Rules.UploadNoFile"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(ct);
            return Page();
        }

        var text = await UploadedRuleFile.ReadAsync(file, ct);
        // Saved even when broken: the edit page lists every error with its path; publishing checks again.
        var draft = await versions.CreateDraftAsync(text, User.UserName(), ct);
        await audit.DraftCreatedAsync(User.UserName(), draft, "upload:" + Path.GetFileName(file.FileName), ct);
        return RedirectToPage("/Rules/Edit", new { version = draft.Version });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Versions = (await versions.ListAsync(ct)).OrderByDescending(v => v.Version).ToList();
        var current = await inForce.FindAsync(ct);
        (InForce, InForceRules) = (current?.Version, current?.Rules);
        Audit = await audit.ListRecentAsync(20, ct);
        ShippedDrafts = await shipped.ListAsync(Versions, InForce, ct);
    }
}
