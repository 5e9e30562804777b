using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests;

/// <summary>Stops the shared SQL Server container (if one was started) when the whole run ends.</summary>
[SetUpFixture]
public sealed class TestRunSetUp
{
    [OneTimeTearDown]
    public Task StopSqlServerAsync() => SqlServerTestServer.StopAsync();
}
