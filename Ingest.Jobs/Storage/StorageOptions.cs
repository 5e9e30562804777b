using System.ComponentModel.DataAnnotations;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// Which store and where: the <c>Storage</c> configuration section, bound by the configuration binder and checked with
/// its DataAnnotations when the host starts (<see cref="StorageServiceCollectionExtensions.AddDashboardStorage"/>), so
/// <c>Storage__Provider=SqlServer</c> and <c>Storage__ConnectionString=…</c> work as environment variables and a bad
/// value stops the start with a message that names the setting.
/// </summary>
public sealed record StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";

    /// <summary>Relative to the working directory (the content root for the web app); App_Data is git-ignored.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/dashboard.db";

    /// <summary>A typo ("Postgres") stops the start: see <see cref="StorageProviderConverter"/>.</summary>
    public StorageProvider Provider { get; init; } = StorageProvider.Sqlite;

    /// <summary>Empty means the SQLite default file; SQL Server and PostgreSQL (<c>Host=…;Database=…</c>) always need one.</summary>
    public string ConnectionString { get; init; } = "";

    /// <summary>How long a starting node waits for another node that is migrating (SQL Server app lock, PostgreSQL advisory lock, SQLite lock file).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Storage:MigrationLockTimeout must be between 00:00:01 and 1.00:00:00.")]
    public TimeSpan MigrationLockTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>False when a DBA applies the migrations by hand (docs/storage.md): the node then starts on the schema it finds.</summary>
    public bool MigrateOnStartup { get; init; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult(StorageProviderConverter.Expected(Provider.ToString()), [nameof(Provider)]);
        }
        else if (Provider != StorageProvider.Sqlite && string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(MissingConnectionString(Provider), [nameof(ConnectionString)]);
        }
    }

    internal static string MissingConnectionString(StorageProvider provider) => string.Format(
        System.Globalization.CultureInfo.InvariantCulture,
        "Storage:Provider is {0} but Storage:ConnectionString is empty (set Storage__ConnectionString).",
        provider);
}
