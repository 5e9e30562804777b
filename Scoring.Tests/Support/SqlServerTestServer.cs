using System.Globalization;
using Dapper;
using DotNet.Testcontainers.Builders;
using Microsoft.Data.SqlClient;
using Testcontainers.MsSql;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// One SQL Server container for the whole test run (starting one takes tens of seconds), with a fresh database per
/// fixture. Where no Docker engine is reachable every SQL Server fixture is ignored with the reason, so the run
/// stays green here and the same tests run in full wherever Docker exists.
/// </summary>
internal static class SqlServerTestServer
{
    public const string Image = "mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MsSqlContainer? _container;
    private static string? _unavailableReason;

    public static async Task<string> CreateDatabaseAsync(string name)
    {
        var container = await StartOnceAsync().ConfigureAwait(false);
        var master = container.GetConnectionString();
        await using (var connection = new SqlConnection(master))
        {
            // Test plumbing only (a name we control); production code never creates databases.
            await connection.ExecuteAsync("CREATE DATABASE [" + name + "]").ConfigureAwait(false);
        }

        return new SqlConnectionStringBuilder(master) { InitialCatalog = name }.ConnectionString;
    }

    public static async Task StopAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync().ConfigureAwait(false);
            _container = null;
        }
    }

    private static async Task<MsSqlContainer> StartOnceAsync()
    {
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_unavailableReason is not null)
            {
                Assert.Ignore(_unavailableReason);
            }

            if (_container is null)
            {
                try
                {
                    var container = new MsSqlBuilder(Image).Build();
                    await container.StartAsync().ConfigureAwait(false);
                    _container = container;
                }
                catch (DockerUnavailableException e)
                {
                    _unavailableReason = string.Format(CultureInfo.InvariantCulture, "SQL Server tests need a Docker engine: {0}", e.Message);
                    Assert.Ignore(_unavailableReason);
                }
            }

            return _container!;
        }
        finally
        {
            Gate.Release();
        }
    }
}
