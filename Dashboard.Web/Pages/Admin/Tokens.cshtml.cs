using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Admin;

/// <summary>API tokens for city systems: issued here, shown once, stored as a SHA-256 only, revocable.</summary>
public sealed class TokensModel(TokenAdministration administration, Ui ui) : PageModel
{
    public IReadOnlyList<ApiToken> Tokens { get; private set; } = [];

    public string? NewToken { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Tokens = await administration.ListAsync(ct);

    public async Task OnPostCreateAsync(string name, string role, string? communeCode, CancellationToken ct)
    {
        (NewToken, var errorKey) = await administration.CreateAsync(name, role, communeCode, User.UserName(), ct);
        Error = errorKey is null ? null : ui[errorKey];
        Tokens = await administration.ListAsync(ct);
    }

    public async Task OnPostRevokeAsync(long id, CancellationToken ct)
    {
        await administration.RevokeAsync(id, User.UserName(), ct);
        Tokens = await administration.ListAsync(ct);
    }
}
