namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>A fixture with its own running dashboard (fresh copy of the seeded database) and an admin logged in.</summary>
public abstract class AdminSessionFixture
{
    private protected DashboardServer Server { get; private set; } = null!;

    private protected HttpClient Admin { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Server = await DashboardServer.StartAsync();
        Admin = await Server.LoginAsync();
        await OnStartedAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        Admin.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Extra set-up once the server runs (accounts a fixture needs, for example).</summary>
    private protected virtual Task OnStartedAsync() => Task.CompletedTask;
}
