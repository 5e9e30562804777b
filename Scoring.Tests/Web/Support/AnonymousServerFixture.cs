namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// A fixture with its own dashboard on a port (fresh copy of the seeded database) and nobody logged in: for what an
/// anonymous caller or a load balancer sees. Fixtures that need an account derive from <see cref="AdminSessionFixture"/>.
/// </summary>
public abstract class AnonymousServerFixture
{
    private protected DashboardServer Server { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => Server = await DashboardServer.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await Server.DisposeAsync();
}
