using System.Net;
using System.Text.Json;
using Dapper;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Colours that are not up to date say so on every page and API answer that shows them, and an admin sees why and
/// rescores the period again from the site. The failure is a real one: the SQLite file refuses one unit's rating.
/// </summary>
[TestFixture]
public sealed class StaleRatingsWebTests : AdminSessionFixture
{
    private const string SaiGon = "26740";

    [Test]
    public async Task AUnitTheStoreRefused_ShowsEverywhereUntilAnAdminRescoresThePeriod()
    {
        var period = (await GetJsonAsync("/api/v1/ratings")).GetProperty("period").GetString()!;
        await ExecuteAsync($"""
            CREATE TRIGGER RefuseSaiGon BEFORE INSERT ON RatingSnapshot WHEN NEW.CommuneCode = '{SaiGon}'
            BEGIN SELECT RAISE(ABORT, 'disk refused the row'); END
            """);
        var file = ReportFiles.WriteCsv(Path.GetTempPath(), $"saigon-{Guid.NewGuid():N}.csv", [ReportFiles.LongHeader, $"{SaiGon},{period},AV_UPDATED_MACHINES,3/41"]);
        await Server.Services.GetRequiredService<IndicatorImporter>().ImportFileAsync(file, "saigon.csv", "upload", "admin", CancellationToken.None);
        await WaitForStateAsync(period, RescoreState.Partial);

        var overview = await Admin.GetStringAsync("/?period=" + period);
        var league = await Admin.GetStringAsync("/LeagueTable?period=" + period);
        var commune = await Admin.GetStringAsync($"/Communes/Details/{SaiGon}?period={period}");
        var ratings = await GetJsonAsync("/api/v1/ratings?period=" + period);
        var scorecard = await GetJsonAsync($"/api/v1/communes/{SaiGon}/scorecard?period={period}");
        var admin = await Admin.GetStringAsync("/Admin/Rescoring");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(overview, Does.Contain("id=\"stale-ratings\"").And.Contain("không lưu được các đơn vị này"));
            Assert.That(league, Does.Contain("id=\"stale-ratings\""));
            Assert.That(commune, Does.Contain("id=\"stale-this-unit\""));
            Assert.That(ratings.GetProperty("rescore").GetProperty("state").GetString(), Is.EqualTo("partial"));
            Assert.That(ratings.GetProperty("rescore").GetProperty("upToDate").GetBoolean(), Is.False);
            Assert.That(ratings.GetProperty("rescore").GetProperty("reason").GetString(), Does.Contain("could not store them"));
            Assert.That(ratings.GetProperty("rescore").GetProperty("reasonVi").GetString(), Does.Contain("không lưu được"));
            Assert.That(scorecard.GetProperty("rescore").GetProperty("failedUnits").GetInt32(), Is.EqualTo(1));
            Assert.That(admin, Does.Contain("disk refused the row"), "the admin sees the reason outside the Hangfire dashboard");
        }

        await ExecuteAsync("DROP TRIGGER RefuseSaiGon");
        using var rescore = await DashboardServer.PostFormAsync(Admin, "/Admin/Rescoring", new() { ["period"] = period }, formPage: "/Admin/Rescoring");
        await WaitForStateAsync(period, RescoreState.UpToDate);

        var after = await Admin.GetStringAsync("/?period=" + period);
        var afterApi = await GetJsonAsync("/api/v1/ratings?period=" + period);
        var audit = await Server.Services.GetRequiredService<AuditLogRepository>().ListRecentAsync(10, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(rescore.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after, Does.Not.Contain("id=\"stale-ratings\""));
            Assert.That(afterApi.GetProperty("rescore").GetProperty("state").GetString(), Is.EqualTo("upToDate"));
            Assert.That(audit.Select(a => (a.Action, a.Subject)), Does.Contain(("ratings.rescore", "periods:" + period)));
        }
    }

    [TestCase("2025-13")]
    [TestCase("<script>")]
    [TestCase("")]
    public async Task Rescore_ABadPeriod_IsRefusedWithAReasonAndQueuesNothing(string period)
    {
        var before = await Server.Services.GetRequiredService<AuditLogRepository>().ListRecentAsync(50, CancellationToken.None);

        using var response = await DashboardServer.PostFormAsync(Admin, "/Admin/Rescoring", new() { ["period"] = period }, formPage: "/Admin/Rescoring");

        var after = await Server.Services.GetRequiredService<AuditLogRepository>().ListRecentAsync(50, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("id=\"rescore-error\"").And.Contain("không hợp lệ"));
            Assert.That(after.Count(a => a.Action == "ratings.rescore"), Is.EqualTo(before.Count(a => a.Action == "ratings.rescore")));
        }
    }

    [Test]
    public async Task RescoringPage_IsForAdminsOnly()
    {
        await Server.CreateUserAsync("analyst.rescore", UserRoles.Analyst);
        using var analyst = await Server.LoginAsync("analyst.rescore", "user-password-123");

        using var response = await analyst.GetAsync("/Admin/Rescoring");

        Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.OK));
    }

    private async Task<JsonElement> GetJsonAsync(string url)
    {
        using var response = await Admin.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await Server.Services.GetRequiredService<DbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql);
    }

    /// <summary>Polls the period's record, bounded; on time-out says what it last saw.</summary>
    private async Task WaitForStateAsync(string period, RescoreState state)
    {
        var repository = Server.Services.GetRequiredService<PeriodRescoreRepository>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        PeriodRescore? last;
        while (RescoreStates.Of(last = await repository.FindAsync(Scoring.Engine.Model.Period.Parse(period), CancellationToken.None)) != state)
        {
            if (DateTime.UtcNow > deadline)
            {
                var monitor = Server.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
                var failed = string.Join("\n", monitor.FailedJobs(0, 5).Select(j => j.Value.ExceptionMessage + " " + j.Value.ExceptionDetails));
                Assert.Fail($"Timed out waiting for {period} to be {state}; last seen: {last}; stats: {System.Text.Json.JsonSerializer.Serialize(monitor.GetStatistics())} failed: {failed}");
            }

            await Task.Delay(100);
        }
    }
}
