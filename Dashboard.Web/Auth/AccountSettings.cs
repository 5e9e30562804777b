using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>
/// Email address, preferred language, email opt-outs and password: what a user changes on their own account page and
/// an admin sets for anyone. Each command returns null on success or the UI text key of the problem, and is audited.
/// </summary>
public sealed class AccountSettings(UserRepository users, AccountSettingRepository settings, AuditLogRepository audit, TimeProvider clock)
{
    public const int EmailMax = 320;

    public async Task<string?> SaveAsync(string userName, string? email, string? language, string actor, CancellationToken ct)
    {
        var user = await users.FindByUserNameAsync(userName ?? "", ct);
        if (user is null)
        {
            return "Account.Error.UnknownUser";
        }

        var clean = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (clean is not null && !IsEmail(clean))
        {
            return "Account.Error.Email";
        }

        if (language is not ("vi" or "en"))
        {
            return "Account.Error.Language";
        }

        await settings.SaveAsync(new AccountSetting { UserId = user.Id, Email = clean, Language = language, UpdatedAt = clock.GetUtcNow() }, ct);
        await AuditAsync(actor, "user.settings", user.UserName, new { email = clean, language }, ct);
        return null;
    }

    /// <summary>Keeps email for the kinds in <paramref name="wanted"/> and turns it off for every other kind.</summary>
    public async Task SaveEmailKindsAsync(string userName, IEnumerable<string> wanted, CancellationToken ct)
    {
        var user = await users.FindByUserNameAsync(userName, ct) ?? throw new InvalidOperationException("Signed in as an unknown user.");
        var keep = wanted.ToHashSet(StringComparer.Ordinal);
        var off = NotificationKinds.All.Where(k => !keep.Contains(k)).ToList();
        await settings.SaveOptOutsAsync(user.Id, off, ct);
        await AuditAsync(userName, "user.email-opt-out", user.UserName, new { off }, ct);
    }

    public async Task<string?> ChangePasswordAsync(string userName, string? current, string? next, string? confirm, CancellationToken ct)
    {
        var user = await users.FindByUserNameAsync(userName, ct);
        if (user is null || !LoginService.Verifies(user, current ?? ""))
        {
            return "Account.Error.CurrentPassword";
        }

        if ((next ?? "").Length < UserAdministration.MinPasswordLength)
        {
            return "Users.PasswordTooShort";
        }

        if (!string.Equals(next, confirm, StringComparison.Ordinal))
        {
            return "Account.Error.Confirm";
        }

        await users.UpdatePasswordHashAsync(user.UserName, LoginService.Hash(next!), ct);
        await AuditAsync(userName, "user.password-change", user.UserName, null, ct);
        return null;
    }

    /// <summary>One plain address ("an@example.vn"), no display name, no control characters.</summary>
    public static bool IsEmail(string text) =>
        text.Length <= EmailMax && !text.Any(char.IsControl) && !text.Any(char.IsWhiteSpace)
        && System.Net.Mail.MailAddress.TryCreate(text, out var address) && address.Address == text && address.Host.Contains('.', StringComparison.Ordinal);

    private Task AuditAsync(string actor, string action, string userName, object? detail, CancellationToken ct) =>
        audit.AppendUserChangeAsync(clock.GetUtcNow(), actor, action, userName, detail, ct);
}
