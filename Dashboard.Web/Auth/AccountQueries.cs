using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>What the account pages show: every account with its settings and the email outbox (admin), or one user's own settings.</summary>
public sealed class AccountQueries(UserRepository users, AccountSettingRepository settings, NotificationRepository notifications, NotificationOptions options)
{
    public sealed record Accounts(IReadOnlyList<AppUser> Users, IReadOnlyDictionary<long, AccountSetting> Settings, (int Waiting, int Failed) Outbox)
    {
        public static readonly Accounts None = new([], new Dictionary<long, AccountSetting>(), (0, 0));
    }

    /// <param name="Language">"vi" unless the user chose otherwise.</param>
    public sealed record Own(string? Email, string Language, IReadOnlyList<string> OptedOut)
    {
        /// <summary>Before anything is read, and for a caller without an account.</summary>
        public static readonly Own Nobody = new(null, "vi", []);
    }

    /// <summary>Email is off while SMTP is not configured; the pages say so.</summary>
    public EmailOptions Email => options.Email;

    public async Task<Accounts> ListAsync(CancellationToken ct) =>
        new(await users.ListAsync(ct), (await settings.ListAsync(ct)).ToDictionary(s => s.UserId), await notifications.CountOutboxAsync(options.MaxAttempts, ct));

    /// <summary>Null for a caller without an account (an API token has no account page).</summary>
    public async Task<Own?> FindOwnAsync(string userName, CancellationToken ct)
    {
        if (await users.FindByUserNameAsync(userName, ct) is not { } user)
        {
            return null;
        }

        var setting = await settings.FindAsync(user.Id, ct);
        return new Own(setting?.Email, setting?.Language ?? "vi", await settings.ListOptOutsAsync(user.Id, ct));
    }
}
