using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// Which store and where. Bound from the <c>Storage</c> configuration section, so
/// <c>Storage__Provider=SqlServer</c> and <c>Storage__ConnectionString=…</c> work as environment variables.
/// </summary>
public sealed record StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Relative to the working directory (the content root for the web app); App_Data is git-ignored.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/dashboard.db";

    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>Empty means the SQLite default file; SQL Server always needs one.</summary>
    public string ConnectionString { get; init; } = "";

    /// <summary>How long a starting node waits for another node that is migrating (SQL Server app lock, SQLite lock file).</summary>
    public TimeSpan MigrationLockTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Reads the section by hand rather than through the configuration binder: two keys do not justify
    /// another package, and a typo in the provider name must stop the start-up with a clear message.
    /// </summary>
    public static StorageOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SectionName);
        var providerText = section["Provider"];
        var provider = StorageProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText.Trim(), ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(string.Format(
                CultureInfo.InvariantCulture,
                "Storage:Provider is '{0}'; expected 'Sqlite' or 'SqlServer'.",
                providerText));
        }

        var options = new StorageOptions { Provider = provider, ConnectionString = section["ConnectionString"] ?? "" };
        var timeoutText = section["MigrationLockTimeout"];
        return string.IsNullOrWhiteSpace(timeoutText)
            ? options
            : options with { MigrationLockTimeout = TimeSpan.Parse(timeoutText, CultureInfo.InvariantCulture) };
    }
}
