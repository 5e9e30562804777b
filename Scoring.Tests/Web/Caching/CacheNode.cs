using DashboardKpi.Dashboard.Web.Caching;
using DashboardKpi.Dashboard.Web.Setup;
using DashboardKpi.Ingest.Jobs.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web.Caching;

/// <summary>
/// The cache of one node, wired as the app wires it, on its own connection factory to a shared database file (so its
/// own writes are told apart from another node's) and its own clock.
/// </summary>
internal sealed class CacheNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public CacheNode(StorageOptions storage, int stampCheckMilliseconds)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cache:StampCheckMilliseconds"] = stampCheckMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        _services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(new DbConnectionFactory(storage))
            .AddDashboardCaching()
            .BuildServiceProvider();
    }

    public ManualClock Clock { get; } = new();

    public PageCache Cache => _services.GetRequiredService<PageCache>();

    public DbConnectionFactory Connections => _services.GetRequiredService<DbConnectionFactory>();

    /// <summary>A write that changes what pages show, as every such write ends: the stamp moves as it commits.</summary>
    public async Task WriteAsync()
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
        await Connections.DataVersion.CommitAsync(connection, transaction, CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
