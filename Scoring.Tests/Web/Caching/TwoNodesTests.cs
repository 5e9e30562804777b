using DashboardKpi.Scoring.Tests.Web.Support;
using static DashboardKpi.Scoring.Tests.Web.Support.MapChanges;

namespace DashboardKpi.Scoring.Tests.Web.Caching;

/// <summary>
/// Two dashboards on one SQLite file, as two nodes on one database: a write through one shows on the other within
/// the bound docs/caching.md states (the stamp's check interval). Polled with a generous timeout, never timed.
/// </summary>
[TestFixture]
public sealed class TwoNodesTests
{
    private DashboardServer _a = null!;
    private DashboardServer _b = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _a = await DashboardServer.StartAsync();
        _b = await DashboardServer.StartOnAsync(_a.Folder, new Dictionary<string, string?> { ["Auth:BootstrapAdminPassword"] = DashboardServer.AdminPassword }, null);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _b.StopKeepingFilesAsync();
        await _a.DisposeAsync();
    }

    [Test]
    public async Task Map_ImportAndRescoreOnNodeA_NodeBShowsTheNewColourWithinTheBound()
    {
        using var onB = await _b.LoginAsync();
        var before = Map(await OverviewPage.GetAsync(onB));
        var (period, unit) = PeriodAndGreenUnit(before);
        // Asked twice: node B now serves this map from its cache.
        Assert.That(RatingOf(Map(await OverviewPage.GetAsync(onB)), unit), Is.EqualTo("green"));
        var rescoresBefore = SucceededRescores(_a);

        // One antivirus update in forty machines: C7 is critical, so the unit turns red once rescored (on node A).
        using var import = await ImportRowAsync(_a, $"{unit},{period},AV_UPDATED_MACHINES,1/40");
        await WaitForNewRescoreAsync(_a, rescoresBefore);
        var onNodeA = RatingOf(Map(await OverviewPage.GetAsync((await _a.LoginAsync()))), unit);
        var onNodeB = await PollAsync(async () => RatingOf(Map(await OverviewPage.GetAsync(onB)), unit), "red");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(import.IsSuccessStatusCode, Is.True);
            Assert.That(onNodeA, Is.EqualTo("red"), "node A, where the rescore ran");
            Assert.That(onNodeB, Is.EqualTo("red"), "node B, which ran nothing, after at most its check interval");
        }
    }

    /// <summary>Asks until the answer is <paramref name="expected"/> or 30 s have passed (the bound is 0.5 s: the margin is for a busy machine).</summary>
    private static async Task<string> PollAsync(Func<Task<string>> ask, string expected)
    {
        var answer = await ask();
        for (var attempt = 0; attempt < 300 && answer != expected; attempt++)
        {
            await Task.Delay(100);
            answer = await ask();
        }

        return answer;
    }
}
