using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Jobs;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web.Caching;

/// <summary>
/// Two dashboards on one SQLite file, as two nodes on one database: a write through one shows on the other within
/// the bound docs/caching.md states (the stamp's check interval). Polled with a generous timeout, never timed.
/// </summary>
[TestFixture]
public sealed partial class TwoNodesTests
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
        var period = PeriodPattern().Match(before).Groups[1].Value;
        var unit = UnitPattern().Matches(before).First(m => m.Groups[2].Value == "green").Groups[1].Value;
        // Asked twice: node B now serves this map from its cache.
        Assert.That(RatingOf(Map(await OverviewPage.GetAsync(onB)), unit), Is.EqualTo("green"));
        var rescoresBefore = SucceededRescores(_a);

        // One antivirus update in forty machines: C7 is critical, so the unit turns red once rescored (on node A).
        using var import = await ImportOnAAsync($"{unit},{period},AV_UPDATED_MACHINES,1/40");
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

    private static HashSet<string> SucceededRescores(DashboardServer server) =>
        server.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 1000)
            .Where(j => j.Value.Job?.Type == typeof(RescoreJob)).Select(j => j.Key).ToHashSet();

    private static async Task WaitForNewRescoreAsync(DashboardServer server, HashSet<string> known)
    {
        for (var attempt = 0; attempt < 600 && SucceededRescores(server).IsSubsetOf(known); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.That(SucceededRescores(server).IsSubsetOf(known), Is.False, "the import's rescoring job finished on node A");
    }

    private async Task<HttpResponseMessage> ImportOnAAsync(string row)
    {
        var token = ApiTokenAuthenticationHandler.NewToken();
        await _a.Services.GetRequiredService<ApiTokenRepository>().InsertAsync(new NewApiToken
        {
            Name = "two-nodes-" + Guid.NewGuid().ToString("N")[..6],
            TokenSha256 = ApiTokenAuthenticationHandler.HashOf(token),
            Role = UserRoles.Steward,
            CreatedBy = "admin",
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        using var client = _a.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("commune_code,period,indicator_code,value\n" + row + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "two-nodes.csv" } };
        return await client.PostAsync("/api/v1/imports", content);
    }

    private static string Map(string html)
    {
        var start = html.IndexOf("<svg id=\"commune-map\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the page has the map");
        return html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    private static string RatingOf(string map, string unit) =>
        UnitPattern().Matches(map).Single(m => m.Groups[1].Value == unit).Groups[2].Value;

    [GeneratedRegex("data-code=\"(\\d+)\" data-rating=\"([a-zA-Z]+)\" class=\"unit\"")]
    private static partial Regex UnitPattern();

    [GeneratedRegex("\\?period=(\\d{4}-\\d{2})\"")]
    private static partial Regex PeriodPattern();
}
