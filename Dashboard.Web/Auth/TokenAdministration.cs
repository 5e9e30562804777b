using System.Globalization;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>
/// The admin's API-token commands: a token is issued once (only its SHA-256 is stored) and revoked for good; each writes
/// an audit entry (subject "token:…").
/// </summary>
public sealed class TokenAdministration(ApiTokenRepository tokens, CommuneRepository communes, AuditLogRepository audit, TimeProvider clock)
{
    public Task<IReadOnlyList<ApiToken>> ListAsync(CancellationToken ct) => tokens.ListAsync(ct);

    /// <summary>The new token's text (shown once), or the UI text key of the problem.</summary>
    public async Task<(string? Token, string? ErrorKey)> CreateAsync(string? name, string? role, string? communeCode, string actor, CancellationToken ct)
    {
        var commune = string.IsNullOrWhiteSpace(communeCode) ? null : await communes.FindAsync(communeCode.Trim(), ct);
        if (string.IsNullOrWhiteSpace(name) || role is null || !UserRoles.All.Contains(role))
        {
            return (null, "Users.NameRequired");
        }

        if (role == UserRoles.Chair && commune is null)
        {
            return (null, "Users.ChairNeedsCommune");
        }

        var token = ApiTokenAuthenticationHandler.NewToken();
        await tokens.InsertAsync(new NewApiToken
        {
            Name = name.Trim(),
            TokenSha256 = ApiTokenAuthenticationHandler.HashOf(token),
            Role = role,
            CommuneCode = role == UserRoles.Chair ? commune!.Code : null,
            CreatedBy = actor,
            CreatedAt = clock.GetUtcNow(),
        }, ct);
        await AppendAuditAsync("token.create", name.Trim(), actor, new { Role = role }, ct);
        return (token, null);
    }

    public async Task RevokeAsync(long id, string actor, CancellationToken ct)
    {
        if (await tokens.RevokeAsync(id, clock.GetUtcNow(), ct))
        {
            await AppendAuditAsync("token.revoke", id.ToString(CultureInfo.InvariantCulture), actor, null, ct);
        }
    }

    private Task AppendAuditAsync(string action, string subject, string actor, object? detail, CancellationToken ct) => audit.AppendAsync(new AuditEntry
    {
        At = clock.GetUtcNow(),
        UserName = actor,
        Action = action,
        Subject = "token:" + subject,
        DetailJson = detail is null ? null : JsonSerializer.Serialize(detail),
    }, ct);
}
