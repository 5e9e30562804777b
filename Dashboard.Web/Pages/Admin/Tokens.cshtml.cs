using System.Text.Json;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>API tokens for city systems: issued here, shown once, stored as a SHA-256 only, revocable.</summary>
public sealed class TokensModel(ApiTokenRepository tokens, CommuneRepository communes, AuditLogRepository audit, TimeProvider clock, Ui ui) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await tokens.ListAsync(ct);

    public async Task OnPostCreateAsync(string name, string role, string? communeCode, CancellationToken ct)
    {
        var commune = string.IsNullOrWhiteSpace(communeCode) ? null : await communes.FindAsync(communeCode.Trim(), ct);
        if (string.IsNullOrWhiteSpace(name) || !UsersModel.Roles.Contains(role))
        {
            Error = ui["Users.NameRequired"];
        }
        else if (role == UserRoles.Chair && commune is null)
        {
            Error = ui["Users.ChairNeedsCommune"];
        }
        else
        {
            var token = ApiTokenAuthenticationHandler.NewToken();
            await tokens.InsertAsync(new NewApiToken
            {
                Name = name.Trim(),
                TokenSha256 = ApiTokenAuthenticationHandler.HashOf(token),
                Role = role,
                CommuneCode = role == UserRoles.Chair ? commune!.Code : null,
                CreatedBy = User.UserName(),
                CreatedAt = clock.GetUtcNow(),
            }, ct);
            await AppendAuditAsync("token.create", name.Trim(), new { Role = role }, ct);
            NewToken = token;
        }

        Tokens = await tokens.ListAsync(ct);
    }

    public async Task OnPostRevokeAsync(long id, CancellationToken ct)
    {
        if (await tokens.RevokeAsync(id, clock.GetUtcNow(), ct))
        {
            await AppendAuditAsync("token.revoke", id.ToString(System.Globalization.CultureInfo.InvariantCulture), null, ct);
        }

        Tokens = await tokens.ListAsync(ct);
    }

    private Task AppendAuditAsync(string action, string subject, object? detail, CancellationToken ct) => audit.AppendAsync(new AuditEntry
    {
        At = clock.GetUtcNow(),
        UserName = User.UserName(),
        Action = action,
        Subject = "token:" + subject,
        DetailJson = detail is null ? null : JsonSerializer.Serialize(detail),
    }, ct);
}
