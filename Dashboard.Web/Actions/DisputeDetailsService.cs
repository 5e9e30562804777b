using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Authorization;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>The dispute page for one reader: the dispute, its file and history when the reader may see its unit; the decision for those who may decide.</summary>
public sealed class DisputeDetailsService(DisputeRepository disputes, DisputeService service, AuditLogRepository audit, IAuthorizationService auth)
{
    public sealed record View(Dispute Dispute, IReadOnlyList<AuditEntry> History);

    public async Task<(View? View, Refusal? Refusal)> LoadAsync(ClaimsPrincipal user, long id, CancellationToken ct)
    {
        var dispute = await disputes.FindAsync(id, ct);
        if (dispute is null)
        {
            return (null, Refusal.NotFound);
        }

        return user.MaySee(dispute.CommuneCode)
            ? (new View(dispute, await audit.ListForSubjectAsync(DisputeRepository.Subject(id), 50, ct)), null)
            : (null, Refusal.Forbidden);
    }

    public Task<byte[]?> FindFileAsync(long id, CancellationToken ct) => disputes.FindFileAsync(id, ct);

    /// <summary>Null when decided; once decided, a dispute never changes (409).</summary>
    public async Task<Refusal?> DecideAsync(ClaimsPrincipal user, long id, DisputeDecision decision, CancellationToken ct)
    {
        if (!await auth.MeetsAsync(user, Policies.DisputeDecider))
        {
            return Refusal.Forbidden;
        }

        var result = await service.DecideAsync(id, decision, user.UserName(), ct);
        return result.Error is { } error ? Refusal.Because(error) : null;
    }
}
