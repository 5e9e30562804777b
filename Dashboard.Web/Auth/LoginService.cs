using System.Security.Claims;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>Checks a password against the stored hash with lockout after repeated failures.</summary>
public sealed class LoginService(UserRepository users, AuthOptions options, TimeProvider clock, ILogger<LoginService> logger)
{
    private static readonly PasswordHasher<AppUser> Hasher = new();

    // Verified against when the user does not exist, so a wrong name costs as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(null!, Guid.NewGuid().ToString("N"));

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Whether the password is the user's (the account page asks for the current one before a change).</summary>
    public static bool Verifies(AppUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Hasher.VerifyHashedPassword(user, user.PasswordHash, password) != PasswordVerificationResult.Failed;
    }

    public async Task<LoginResult> SignInAsync(string userName, string password, CancellationToken ct)
    {
        var user = await users.FindByUserNameAsync(userName, ct);
        var now = clock.GetUtcNow();
        if (user is null)
        {
            Hasher.VerifyHashedPassword(null!, DummyHash, password);
            return LoginResult.Failed(LoginFailure.WrongPassword);
        }

        if (user.Disabled)
        {
            return LoginResult.Failed(LoginFailure.Disabled);
        }

        if (user.LockoutEndsAt is { } until && until > now)
        {
            return LoginResult.Failed(LoginFailure.LockedOut, until);
        }

        var verdict = Hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var lockoutEndsAt = now.AddMinutes(options.LockoutMinutes);
            await users.RecordLoginFailureAsync(user.UserName, options.MaxFailedLogins, lockoutEndsAt, ct);
            logger.LogWarning("Failed login for {UserName} ({Count} in a row).", user.UserName, user.FailedLoginCount + 1);
            return user.FailedLoginCount + 1 >= options.MaxFailedLogins
                ? LoginResult.Failed(LoginFailure.LockedOut, lockoutEndsAt)
                : LoginResult.Failed(LoginFailure.WrongPassword);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            await users.UpdatePasswordHashAsync(user.UserName, Hash(password), ct);
        }

        await users.RecordLoginSuccessAsync(user.UserName, now, ct);
        var identity = DashboardClaims.Identity(user.UserName, user.Role, user.CommuneCode, user.DisplayName, CookieAuthenticationDefaults.AuthenticationScheme);
        return new LoginResult(new ClaimsPrincipal(identity), null, null);
    }
}

public enum LoginFailure
{
    WrongPassword,
    LockedOut,
    Disabled,
}

public sealed record LoginResult(ClaimsPrincipal? Principal, LoginFailure? Failure, DateTimeOffset? LockedUntil)
{
    public static LoginResult Failed(LoginFailure failure, DateTimeOffset? lockedUntil = null) => new(null, failure, lockedUntil);
}
