using System.Security.Claims;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using Microsoft.AspNetCore.Authorization;

namespace DashboardKpi.Dashboard.Web.Actions;

/// <summary>Filing a dispute from the page: who may (chair of the unit, admins), the attachment read within its limit, then the service's checks.</summary>
public sealed class NewDisputeForm(DisputeService service, IAuthorizationService auth)
{
    public async Task<Refusal?> CheckAsync(ClaimsPrincipal user, string code) =>
        await auth.MayAsync(user, UnitOperations.FileDispute, code) ? null : Refusal.Forbidden;

    public async Task<(Dispute? Dispute, Refusal? Refusal)> FileAsync(
        ClaimsPrincipal user, string code, string? criterion, string? period, string? reason, string? correctedValue, IFormFile? attachment, CancellationToken ct)
    {
        if (await CheckAsync(user, code) is { } refusal)
        {
            return (null, refusal);
        }

        if (attachment is { Length: > InputRules.FileBytes })
        {
            return (null, Refusal.Because(ActionError.Of("file.tooLarge", InputRules.FileBytes / 1024 / 1024)));
        }

        var content = attachment is { Length: > 0 } ? await ReadAsync(attachment, ct) : null;
        var result = await service.FileAsync(new NewDisputeInput(code, criterion, period, reason, correctedValue, attachment?.FileName, content), user.UserName(), ct);
        return (result.Value, result.Error is { } error ? Refusal.Because(error) : null);
    }

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        await file.CopyToAsync(memory, ct);
        return memory.ToArray();
    }
}
