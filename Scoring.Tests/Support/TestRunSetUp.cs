using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests;

/// <summary>Stops the shared SQL Server container and PostgreSQL cluster (those that were started) when the whole run ends.</summary>
[SetUpFixture]
public sealed class TestRunSetUp
{
    [OneTimeTearDown]
    public async Task StopServersAsync()
    {
        await SqlServerTestServer.StopAsync();
        await PostgreSqlTestServer.StopAsync();
    }
}
