using System.Globalization;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// The audit entries the rule pages write themselves (publishing writes its own, inside the publish transaction):
/// a draft created and a draft saved, with the SHA-256 of the text before and after, so that every text that was
/// ever a draft can be told apart in the log.
/// </summary>
public sealed class RuleAuditLog(AuditLogRepository log, TimeProvider clock)
{
    public const string DraftCreate = "ruleset.draft.create";
    public const string DraftSave = "ruleset.draft.save";

    public Task DraftCreatedAsync(string userName, RuleSetVersion draft, string origin, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return log.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = userName,
            Action = DraftCreate,
            Subject = Subject(draft.Version),
            AfterSha256 = draft.Sha256,
            DetailJson = JsonSerializer.Serialize(new { origin, effectiveFrom = draft.EffectiveFrom }),
        }, ct);
    }

    public Task DraftSavedAsync(string userName, int version, string beforeSha256, string afterSha256, int errorCount, CancellationToken ct) =>
        log.AppendAsync(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserName = userName,
            Action = DraftSave,
            Subject = Subject(version),
            BeforeSha256 = beforeSha256,
            AfterSha256 = afterSha256,
            DetailJson = JsonSerializer.Serialize(new { errors = errorCount }),
        }, ct);

    /// <summary>The latest rule-set entries (drafts, publications, re-publications), newest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ListRecentAsync(int take, CancellationToken ct) => log.ListForActionPrefixAsync("ruleset.", take, ct);

    public static string Subject(int version) => string.Create(CultureInfo.InvariantCulture, $"ruleset:{ActiveRules.RuleSetId}:v{version}");
}
