using System.Text;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.Ratings;
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
    RuleVersionService versions, RulesInForce inForce, RuleAuditLog audit, ShippedRuleFileRepository shipped, WhatIfQueries whatIf, Ui ui) : PageModel
{
    /// <summary>The shipped rule file is about 60 kB; anything near a megabyte is not a rule file.</summary>
    public const int MaxUploadBytes = 1_000_000;

    public IReadOnlyList<RuleSetVersion> Versions { get; private set; } = [];

    public RuleSetVersion? InForce { get; private set; }

    public RuleSet? InForceRules { get; private set; }

    public IReadOnlyList<AuditEntry> Audit { get; private set; } = [];

    public string? Error { get; private set; }

    /// <summary>Drafts that came with a software update and wait for an admin (the notice at the top).</summary>
    public IReadOnlyList<ShippedDraft> ShippedDrafts { get; private set; } = [];

    /// <summary>A shipped draft with the links to review it: the diff against the version in force and the what-if over stored periods.</summary>
    public sealed record ShippedDraft(int Version, string DiffLink, string SimulateLink);

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

        string text;
        using (var reader = new StreamReader(file.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: true))
        {
            text = await reader.ReadToEndAsync(ct);
        }

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
        var rated = await whatIf.ListRatedPeriodsAsync(ct);
        ShippedDrafts = (await shipped.ListPendingDraftsAsync(ActiveRules.RuleSetId, ct))
            .Select(number => Versions.FirstOrDefault(v => v.Version == number))
            .OfType<RuleSetVersion>()
            .Select(draft => new ShippedDraft(
                draft.Version,
                $"/Rules/Version/{draft.Version}" + (InForce is { } f ? $"?against={f.Version}" : "") + "#diff-heading",
                SimulateLink(draft, rated)))
            .ToList();
    }

    /// <summary>The what-if over the stored periods the draft would re-rate (from its effective-from; the latest ones when there are more than a simulation takes).</summary>
    private static string SimulateLink(RuleSetVersion draft, IReadOnlyList<string> rated)
    {
        var periods = rated.Where(p => string.CompareOrdinal(p, draft.EffectiveFrom) >= 0).Order(StringComparer.Ordinal).TakeLast(WhatIfQueries.MaxPeriods).ToList();
        if (periods.Count == 0)
        {
            periods = rated.Order(StringComparer.Ordinal).TakeLast(WhatIfQueries.DefaultPeriodCount).ToList();
        }

        return $"/Rules/Simulate/{draft.Version}?run=true" + string.Concat(periods.Select(p => "&periods=" + p));
    }
}
