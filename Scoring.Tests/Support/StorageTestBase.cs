using DashboardKpi.Ingest.Jobs.Storage;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// Base of the provider-parameterised repository fixtures: one migrated, seeded database per fixture and provider.
/// Derived fixtures carry [TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))].
/// </summary>
public abstract class StorageTestBase(StorageProvider provider)
{
    private StorageTarget? _target;

    protected StorageProvider Provider => provider;

    protected DbConnectionFactory Connections => _target?.Connections
        ?? throw new InvalidOperationException("The fixture database is not set up.");

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync()
    {
        _target = await StorageTarget.CreateAsync(provider, GetType().Name);
        await _target.MigrateAndSeedAsync();
    }

    [OneTimeTearDown]
    public void DeleteDatabase() => _target?.Dispose();

    internal StorageTarget Target => _target ?? throw new InvalidOperationException("The fixture database is not set up.");
}
