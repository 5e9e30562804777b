namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// A fixture with its own dashboard (fresh copy of the seeded database) and an admin logged in. The fixtures that
/// derive from it only speak HTTP, so the dashboard runs in process; one that needs a port overrides <see cref="OnKestrel"/>.
/// </summary>
public abstract class AdminSessionFixture
{
    private protected DashboardServer Server { get; private set; } = null!;

    private protected HttpClient Admin { get; private set; } = null!;

    /// <summary>True for a fixture that needs the real server on a port (a browser, a load tool, Kestrel's limits).</summary>
    private protected virtual bool OnKestrel => false;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Server = OnKestrel ? await DashboardServer.StartAsync() : await DashboardServer.StartInProcessAsync();
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
