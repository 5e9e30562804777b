using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// The rule-set versions page: every version newest first, the one in force with its rules, the recent rule-set audit
/// entries and the drafts that came with a software update; and starting a draft, from the published version or from
/// an uploaded file (audited with where it came from).
/// </summary>
public sealed class RuleVersionList(RuleVersionService versions, RulesInForce inForce, RuleAuditLog audit, ShippedDrafts shipped, Ui ui)
{
    /// <summary>The shipped rule file is about 60 kB; anything near a megabyte is not a rule file.</summary>
    public const int MaxUploadBytes = 1_000_000;

    public sealed record Overview(
        IReadOnlyList<RuleSetVersion> Versions, RuleSetVersion? InForce, RuleSet? InForceRules, IReadOnlyList<AuditEntry> Audit, IReadOnlyList<ShippedDrafts.Draft> ShippedDrafts)
    {
        public static readonly Overview Empty = new([], null, null, [], []);
    }

    public async Task<Overview> GetAsync(CancellationToken ct)
    {
        var all = (await versions.ListAsync(ct)).OrderByDescending(v => v.Version).ToList();
        var current = await inForce.FindAsync(ct);
        return new Overview(all, current?.Version, current?.Rules, await audit.ListRecentAsync(20, ct), await shipped.ListAsync(all, current?.Version, ct));
    }

    /// <summary>A draft copied from the published version; or the message why not (nothing is published yet).</summary>
    public async Task<(RuleSetVersion? Draft, string? Error)> StartFromPublishedAsync(string userName, CancellationToken ct)
    {
        if ((await versions.ListAsync(ct)).All(v => v.Status != RuleSetStatus.Published))
        {
            return (null, ui["Rules.NoPublished"]);
        }

        var draft = await versions.CreateDraftAsync(null, userName, ct);
        await audit.DraftCreatedAsync(userName, draft, "published", ct);
        return (draft, null);
    }

    /// <summary>A draft of the uploaded file, saved even when broken (the edit page lists every error with its path; publishing checks again).</summary>
    public async Task<(RuleSetVersion? Draft, string? Error)> StartFromUploadAsync(IFormFile? file, string userName, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxUploadBytes)
        {
            return (null, file is { Length: > MaxUploadBytes } ? ui.Format("Rules.UploadTooBig", ui.Number(MaxUploadBytes / 1000m, 0)) : ui["Rules.UploadNoFile"]);
        }

        var draft = await versions.CreateDraftAsync(await UploadedRuleFile.ReadAsync(file, ct), userName, ct);
        await audit.DraftCreatedAsync(userName, draft, "upload:" + Path.GetFileName(file.FileName), ct);
        return (draft, null);
    }
}
