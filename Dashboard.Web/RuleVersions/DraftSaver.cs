using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Loading;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// Saves a draft's text (the JSON editor and the form editor alike) and audits it with the hashes before and after.
/// A broken draft is saved too and says so; publishing checks again.
/// </summary>
public sealed class DraftSaver(RuleVersionService versions, RuleAuditLog audit)
{
    /// <summary>The stored draft and its errors; null when it was published by someone else meanwhile (a published version never changes).</summary>
    public async Task<(RuleSetVersion Stored, IReadOnlyList<RuleSetError> Errors)?> SaveAsync(string userName, RuleSetVersion before, string jsonText, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(before);
        var (saved, errors) = await versions.SaveDraftAsync(before.Version, jsonText, ct);
        if (!saved || await versions.FindAsync(before.Version, ct) is not { } stored)
        {
            return null;
        }

        await audit.DraftSavedAsync(userName, before.Version, before.Sha256, stored.Sha256, errors.Count, ct);
        return (stored, errors);
    }
}
