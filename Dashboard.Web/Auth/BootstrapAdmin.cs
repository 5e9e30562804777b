using System.Data.Common;
using System.Security.Cryptography;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>
/// On the first start with no accounts, creates <c>admin</c> with Auth:BootstrapAdminPassword, or with a random
/// password printed once to the console. Registered after the storage initializer, so the schema exists.
/// </summary>
public sealed class BootstrapAdmin(UserRepository users, AuthOptions options, TimeProvider clock, ILogger<BootstrapAdmin> logger) : IHostedService
{
    public const string UserName = "admin";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if ((await users.ListAsync(cancellationToken)).Count > 0)
        {
            return;
        }

        var password = options.BootstrapAdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
        }

        try
        {
            await users.InsertAsync(new NewAppUser
            {
                UserName = UserName,
                DisplayName = UiText.Get("Role.admin", Language.Vi),
                PasswordHash = LoginService.Hash(password!),
                Role = UserRoles.Admin,
                CreatedAt = clock.GetUtcNow(),
            }, cancellationToken);
        }
        catch (DbException exception) when (SqlDialect.IsUniqueViolation(exception))
        {
            // Nodes started together on an empty database: another one created the account first. One admin is
            // what was asked for, and this node starts normally.
            logger.LogInformation("The bootstrap admin account '{UserName}' was created by another node.", UserName);
            return;
        }

        if (generated)
        {
            // Printed straight to the console (not the log), once: log files are kept, a console scrollback is not.
            Console.WriteLine("==================================================================");
            Console.WriteLine($" First start: created user '{UserName}' with password: {password}");
            Console.WriteLine($" Change it ({UiText.Get("Nav.Admin", Language.Vi)} → {UiText.Get("Users.Title", Language.Vi)}) or set Auth__BootstrapAdminPassword.");
            Console.WriteLine("==================================================================");
        }

        logger.LogInformation("Created the bootstrap admin account '{UserName}'.", UserName);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
