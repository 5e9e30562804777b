namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// A real ingest host on its own SQLite file, without the Hangfire server (tests run the rescorer themselves), started
/// once per test class and stopped after it.
/// </summary>
public abstract class WorkerlessIngestFixture
{
    private protected IngestHost Host { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartHostAsync() => Host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });

    [OneTimeTearDown]
    public async Task StopHostAsync() => await Host.DisposeAsync();
}
