namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>A real app on Kestrel and Debian's Chromium, started once per browser test class and stopped after it.</summary>
public abstract class BrowserFixture
{
    private protected DashboardServer Server { get; private set; } = null!;

    private protected Browser Chromium { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartBrowserAsync()
    {
        Server = await DashboardServer.StartAsync();
        await OnServerStartedAsync();
        Chromium = await Browser.LaunchAsync();
    }

    [OneTimeTearDown]
    public async Task StopBrowserAsync()
    {
        if (Chromium is not null)
        {
            await Chromium.DisposeAsync();
        }

        await Server.DisposeAsync();
    }

    /// <summary>Users or data a test class needs before the browser starts.</summary>
    private protected virtual Task OnServerStartedAsync() => Task.CompletedTask;
}
