using System.Net;
using DashboardKpi.Dashboard.Web.Queries;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The commune page over HTTP: bad input, the chair's boundary, language, export.</summary>
[TestFixture]
public sealed class CommunePageTests : AdminSessionFixture
{
    private protected override async Task OnStartedAsync()
    {
        await Server.CreateUserAsync("chair-tdm", UserRoles.Chair, "25747");
    }

    [Test]
    public async Task Details_KnownUnit_ShowsEveryCriterionFormerUnitsAndTrends()
    {
        var html = await Admin.GetStringAsync("/Communes/Details/26740?period=2025-08");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("Phường Sài Gòn").And.Contain("id=\"overall-reason\"").And.Contain("id=\"former-units\""));
            Assert.That(html.Split("<tr data-criterion=").Length - 1, Is.EqualTo(30));
            Assert.That(html.Split("<figure class=\"chart\"").Length - 1, Is.EqualTo(30));
            Assert.That(html, Does.Not.Contain("⟦"));
        }
    }

    [Test]
    public async Task History_OneQuery_MatchesEachStoredExplanation()
    {
        var queries = Server.Services.GetRequiredService<ScorecardQueries>();
        var snapshots = Server.Services.GetRequiredService<RatingSnapshotRepository>();
        var periods = (await snapshots.ListPeriodsAsync(CancellationToken.None)).Take(ScorecardQueries.HistoryPeriods).Reverse().ToList();

        var history = await queries.HistoryAsync("26740", periods[^1], CancellationToken.None);

        var expected = new List<string>();
        foreach (var period in periods)
        {
            var snapshot = (await snapshots.FindLatestAsync("26740", period, CancellationToken.None))!;
            var cuts = ScoreJson.Deserialize(snapshot.ResultJson).Criteria.ToDictionary(c => c.Code, c => c.Threshold.Threshold);
            expected.AddRange(snapshot.Criteria.Select(c => $"{c.CriterionCode} {period} {c.Rating} {c.Value} {cuts[c.CriterionCode]}"));
        }

        var actual = history.SelectMany(h => h.Value.Select(p => $"{h.Key} {p.Period} {p.Rating} {p.Value} {p.Threshold}")).Order(StringComparer.Ordinal).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(actual, Is.EqualTo(expected.Order(StringComparer.Ordinal).ToList()));
            Assert.That(actual, Has.Count.GreaterThan(30));
        }
    }

    [Test]
    public async Task Details_UnknownUnit_Is404WithAMessage()
    {
        using var response = await Admin.GetAsync("/Communes/Details/00000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Không có đơn vị hành chính mã").And.Contain("00000"));
        }
    }

    [TestCase("2025-00")]
    [TestCase("July")]
    public async Task Details_BadPeriod_Is400(string period)
    {
        using var response = await Admin.GetAsync("/Communes/Details/26740?period=" + period);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Details_Chair_OwnUnitYesOtherUnitNo()
    {
        using var chair = await Server.LoginAsync("chair-tdm", "user-password-123");

        using var own = await chair.GetAsync("/Communes/Details/25747");
        using var other = await chair.GetAsync("/Communes/Details/26740");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(own.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(other.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
        }
    }

    [Test]
    public async Task Details_English_ShowsTheEnglishSentences()
    {
        using var client = await Server.LoginAsync();
        using var _ = await DashboardServer.PostFormAsync(client, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");

        var html = await client.GetStringAsync("/Communes/Details/26740?period=2025-08");

        Assert.That(html, Does.Contain("Sai Gon Ward").And.Contain("Path to green").And.Contain("criteria are green"));
    }

    [Test]
    public async Task Details_Export_IsAnXlsxNamedAfterUnitAndPeriod()
    {
        using var response = await Admin.GetAsync("/Communes/Details/26740?handler=Export&period=2025-08");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, Does.Contain("26740-2025-08.xlsx"));
            Assert.That(bytes.Take(2), Is.EqualTo("PK"u8.ToArray()), "a zip package");
        }
    }
}
