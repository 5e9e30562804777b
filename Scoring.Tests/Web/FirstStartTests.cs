using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// A first start on an empty database (issue 22): the site answers before the demo data is prepared, the overview
/// and /health/ready say how far it is, and nothing of half the months is shown as the city's overview. The
/// preparation is held after its third month by a gate the test opens, so what is seen meanwhile is certain.
/// </summary>
public sealed class FirstStartTests
{
    private const int HeldAfter = 3;

    [Test]
    public async Task FirstStart_LoginAnswersWhileDemoDataIsPrepared_OverviewShowsProgressThenTheMap()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var preparation = new DemoPreparation(async (done, ct) =>
        {
            if (done == HeldAfter)
            {
                held.TrySetResult();
                await release.Task.WaitAsync(ct);
            }
        });
        await using var server = await DashboardServer.StartOnAsync(null, null, services => services.AddSingleton(preparation), waitForDemo: false);
        try
        {
            await held.Task.WaitAsync(TimeSpan.FromMinutes(3));
            var months = server.Services.GetRequiredService<DemoData>().Months().Count;
            using var anonymous = server.CreateClient();
            using var login = await anonymous.GetAsync("/Account/Login");
            using var admin = await server.LoginAsync();
            var overview = WebUtility.HtmlDecode(await admin.GetStringAsync("/"));
            var league = WebUtility.HtmlDecode(await admin.GetStringAsync("/LeagueTable"));
            var ready = await anonymous.GetFromJsonAsync<JsonElement>("/health/ready");
            var demo = ready.GetProperty("checks").GetProperty("demo");

            using (Assert.EnterMultipleScope())
            {
                Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the login page answers before the demo data is ready");
                Assert.That(preparation.Current.IsPreparing, Is.True);
                Assert.That(overview, Does.Contain($"Đang chuẩn bị dữ liệu minh họa: {HeldAfter}/{months} tháng"));
                Assert.That(overview, Does.Contain("id=\"demo-preparing\""));
                Assert.That(overview, Does.Not.Contain("commune-map").And.Not.Contain("id=\"rating-counts\""), "no overview of half the months");
                Assert.That(league, Does.Contain($"data-preparing=\"{HeldAfter}/{months}\""), "every page says the data is being prepared");
                Assert.That(ready.GetProperty("status").GetString(), Is.EqualTo("Degraded"));
                Assert.That(demo.GetProperty("data").GetProperty("status").GetString(), Is.EqualTo("preparing"));
                Assert.That(demo.GetProperty("data").GetProperty("monthsDone").GetInt32(), Is.EqualTo(HeldAfter));
                Assert.That(demo.GetProperty("data").GetProperty("monthsTotal").GetInt32(), Is.EqualTo(months));
            }
        }
        finally
        {
            release.TrySetResult();
        }

        await preparation.WhenDoneAsync().WaitAsync(TimeSpan.FromMinutes(3));
        using var after = await server.LoginAsync();
        var page = WebUtility.HtmlDecode(await after.GetStringAsync("/"));
        var readyAfter = await server.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(preparation.Current.Status, Is.EqualTo(DemoPreparationStatus.Done));
            Assert.That(page, Does.Not.Contain("demo-preparing"));
            Assert.That(page, Does.Contain("id=\"rating-counts\"").And.Contain("Dữ liệu minh họa"));
            Assert.That(readyAfter.GetProperty("checks").GetProperty("demo").GetProperty("status").GetString(), Is.EqualTo("Healthy"));
        }
    }
}
