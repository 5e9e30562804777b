using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>
/// The admin's account commands. Each returns null on success or the UI text key of the problem, and writes an
/// audit entry for what it changed.
/// </summary>
public sealed class UserAdministration(UserRepository users, CommuneRepository communes, AuditLogRepository audit, TimeProvider clock)
{
    public const int MinPasswordLength = 10;

    public async Task<string?> CreateAsync(NewUserInput input, string actor, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            return "Users.NameRequired";
        }

        if (input.Password.Length < MinPasswordLength)
        {
            return "Users.PasswordTooShort";
        }

        var (communeError, commune) = await CheckRoleAsync(input.Role, input.CommuneCode, ct);
        if (communeError is not null)
        {
            return communeError;
        }

        if (await users.FindByUserNameAsync(input.UserName, ct) is not null)
        {
            return "Users.NameTaken";
        }

        await users.InsertAsync(new NewAppUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? null : input.DisplayName.Trim(),
            PasswordHash = LoginService.Hash(input.Password),
            Role = input.Role,
            CommuneCode = commune,
            CreatedAt = clock.GetUtcNow(),
        }, ct);
        await AuditAsync(actor, "user.create", input.UserName, new { input.Role, CommuneCode = commune }, ct);
        return null;
    }

    public async Task<string?> ChangeRoleAsync(string userName, string role, string? communeCode, string actor, CancellationToken ct)
    {
        var (error, commune) = await CheckRoleAsync(role, communeCode, ct);
        if (error is not null)
        {
            return error;
        }

        await users.UpdateRoleAsync(userName, role, commune, ct);
        await AuditAsync(actor, "user.role", userName, new { Role = role, CommuneCode = commune }, ct);
        return null;
    }

    public async Task<string?> ResetPasswordAsync(string userName, string password, string actor, CancellationToken ct)
    {
        if ((password ?? "").Length < MinPasswordLength)
        {
            return "Users.PasswordTooShort";
        }

        await users.UpdatePasswordHashAsync(userName, LoginService.Hash(password!), ct);
        await AuditAsync(actor, "user.password-reset", userName, null, ct);
        return null;
    }

    public async Task<string?> SetDisabledAsync(string userName, bool disabled, string actor, CancellationToken ct)
    {
        if (disabled && AppUser.Normalize(userName) == AppUser.Normalize(actor))
        {
            return "Users.CannotDisableSelf";
        }

        await users.SetDisabledAsync(userName, disabled, ct);
        await AuditAsync(actor, disabled ? "user.disable" : "user.enable", userName, null, ct);
        return null;
    }

    private async Task<(string? Error, string? Commune)> CheckRoleAsync(string role, string? communeCode, CancellationToken ct)
    {
        if (!UserRoles.All.Contains(role))
        {
            return ("Users.Role", null);
        }

        if (role != UserRoles.Chair)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(communeCode))
        {
            return ("Users.ChairNeedsCommune", null);
        }

        var commune = await communes.FindAsync(communeCode.Trim(), ct);
        return commune is null ? ("Users.UnknownCommune", null) : (null, commune.Code);
    }

    private Task AuditAsync(string actor, string action, string userName, object? detail, CancellationToken ct) =>
        audit.AppendUserChangeAsync(clock.GetUtcNow(), actor, action, userName, detail, ct);
}
