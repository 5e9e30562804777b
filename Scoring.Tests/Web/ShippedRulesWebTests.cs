using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// An installation rating with v1 restarts on a release that ships a newer rule file: the versions page says so and
/// links to the diff with its change notes and to the what-if; an admin publishes it from a chosen period over real
/// HTTP (antiforgery), and the earlier periods still reproduce identical under v1.
/// </summary>
[NonParallelizable]
public sealed class ShippedRulesWebTests
{
    internal const string Unit = "25747";
    private static readonly string[] Periods = ["2025-07", "2025-08", "2025-09"];

    private DashboardServer _server = null!;
    private HttpClient _admin = null!;
    private HttpClient _analyst = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await RestartedOnANewerShippedFileAsync();
        _admin = await _server.LoginAsync();
        _analyst = await _server.LoginAsync("analyst1", "user-password-123");
    }

    /// <summary>
    /// An installation that rated three periods with v1 (7 overdue dossiers at one unit: S21 red under v1, whose
    /// yellow is at most 5; yellow under the v2 sample, at most 10), restarted on a release shipping the v2 sample,
    /// with a Hangfire server for the rescore.
    /// </summary>
    internal static async Task<DashboardServer> RestartedOnANewerShippedFileAsync()
    {
        var settings = new Dictionary<string, string?> { ["Jobs:SeedDemoData"] = "false", ["Jobs:RunServer"] = "false" };
        var first = await DashboardServer.StartOnAsync(null, settings, ShippedFiles.Ship(ShippedFiles.V1Text()));
        var csv = ReportFiles.WriteCsv(first.Folder, "overdue.csv", [ReportFiles.LongHeader, .. Periods.Select(p => $"{Unit},{p},OVERDUE_DOSSIERS,7")]);
        await first.Services.GetRequiredService<IndicatorImporter>().ImportFileAsync(csv, "overdue.csv", "file", "test", CancellationToken.None);
        await first.Services.GetRequiredService<Rescorer>().RescoreAsync([.. Periods.Select(Scoring.Engine.Model.Period.Parse)], CancellationToken.None);
        await first.CreateUserAsync("analyst1", UserRoles.Analyst);
        await first.StopKeepingFilesAsync();

        return await DashboardServer.StartOnAsync(first.Folder, new Dictionary<string, string?> { ["Jobs:SeedDemoData"] = "false" },
            ShippedFiles.Ship(ShippedFiles.V2SampleText()));
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        _analyst.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task VersionsPage_ShowsTheShippedDraftNotice_WithTheDiffAndWhatIfLinks()
    {
        var page = await _admin.GetStringAsync("/Rules");
        var analystPage = await _analyst.GetStringAsync("/Rules");
        using var _ = await DashboardServer.PostFormAsync(_analyst, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        var english = await _analyst.GetStringAsync("/Rules");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Contain("id=\"shipped-notice-2\""));
            Assert.That(page, Does.Contain("Bộ quy tắc phiên bản 2 đi kèm bản cập nhật phần mềm: xem thay đổi, mô phỏng trên dữ liệu đã lưu, rồi ban hành."));
            Assert.That(page, Does.Contain("href=\"/Rules/Version/2?against=1#diff-heading\""));
            Assert.That(page, Does.Contain("href=\"/Rules/Simulate/2?run=true&amp;periods=2025-07&amp;periods=2025-08&amp;periods=2025-09\""));
            Assert.That(page, Does.Contain("class=\"shipped-publish\""));
            Assert.That(analystPage, Does.Contain("id=\"shipped-notice-2\"").And.Not.Contain("class=\"shipped-publish\""), "analysts review; only admins publish");
            Assert.That(english, Does.Contain("Rule set version 2 came with the software update: review the changes, simulate it on the stored data, then publish it."));
        }
    }

    [Test]
    public async Task DiffAndApi_ShowTheChangeNotesBesideTheCriterion()
    {
        var html = await _admin.GetStringAsync("/Rules/Version/2?against=1");
        var diff = await _admin.GetFromJsonAsync<JsonElement>("/api/v1/rules/versions/2/diff?against=1");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("<tr class=\"diff-line\" data-scope=\"S21\" data-field=\"threshold.yellow\">"));
            Assert.That(html, Does.Contain("<tr class=\"diff-note\" data-scope=\"S21\">"));
            Assert.That(html, Does.Contain("Ngưỡng vàng từ 5 lên 10 hồ sơ trễ hạn"));
            Assert.That(html, Does.Contain("id=\"change-notes\" data-from=\"1\""));
            Assert.That(html, Does.Contain("<li data-scope=\"S99\">"), "a note on a criterion the file does not have is listed apart");
            Assert.That(diff.GetProperty("notes").GetProperty("from").GetInt32(), Is.EqualTo(1));
            Assert.That(diff.GetProperty("notes").GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("code").GetString()), Is.EqualTo(new[] { "S21", "S99" }));
            Assert.That(diff.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("scope").GetString()), Does.Contain("S21"));
        }
    }

    [Test]
    public async Task WhatIf_OfTheVersionInForceAgainstTheDraft_RunsOverTheStoredPeriods()
    {
        var html = await _admin.GetStringAsync("/Rules/Simulate/2?run=true&periods=2025-07&periods=2025-08&periods=2025-09");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("id=\"simulation-counts\""));
            Assert.That(html, Does.Contain("data-period=\"2025-09\""));
            Assert.That(html, Does.Contain("id=\"simulate-against\""));
            Assert.That(html, Does.Not.Contain("id=\"criteria-coverage\""), "the sample keeps v1's criteria");
        }
    }

    [Test]
    public async Task PublishForm_HasThePeriodField_AndRefusesABadPeriod()
    {
        var form = await _admin.GetStringAsync("/Rules/Publish/2");
        using var bad = await DashboardServer.PostFormAsync(_admin, "/Rules/Publish/2", new() { ["confirm"] = "true", ["republishHistory"] = "true", ["effectiveFrom"] = "2025-13" });
        var badHtml = await bad.Content.ReadAsStringAsync();
        using var early = await DashboardServer.PostFormAsync(_admin, "/Rules/Publish/2", new() { ["confirm"] = "true", ["republishHistory"] = "true", ["effectiveFrom"] = "2025-06" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(form, Does.Contain("name=\"effectiveFrom\" id=\"publish-from\" value=\"2025-07\""));
            Assert.That(form, Does.Contain("id=\"republish-explain\""));
            Assert.That(form, Does.Contain("<tr class=\"diff-note\" data-scope=\"S21\">"), "the publish page shows the notes with the diff");
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badHtml, Does.Contain("id=\"publish-error\"").And.Contain("2025-13"));
            Assert.That(early.StatusCode, Is.EqualTo(HttpStatusCode.Conflict), "never earlier than the period the draft is written for");
        }

        Assert.That((await Versions().FindAsync(ActiveRules.RuleSetId, 2, CancellationToken.None))!.Status, Is.EqualTo(RuleSetStatus.Draft));
    }

    private RuleSetRepository Versions() => _server.Services.GetRequiredService<RuleSetRepository>();
}

/// <summary>Publishing the shipped draft from a chosen period over real HTTP, with the rescore run by Hangfire.</summary>
[NonParallelizable]
public sealed class ShippedRulesPublishWebTests
{
    private const string Unit = ShippedRulesWebTests.Unit;

    private DashboardServer _server = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await ShippedRulesWebTests.RestartedOnANewerShippedFileAsync();
        _admin = await _server.LoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Publish_FromAChosenPeriod_KeepsEarlierPeriodsOnV1AndReproducible()
    {
        using var response = await DashboardServer.PostFormAsync(_admin, "/Rules/Publish/2",
            new() { ["confirm"] = "true", ["republishHistory"] = "true", ["effectiveFrom"] = "2025-09" });
        var rescores = _server.Services.GetRequiredService<PeriodRescoreRepository>();
        await IngestHost.WaitUntilAsync(async () => await rescores.FindAsync(new Period(2025, 9), CancellationToken.None) is { Status: "succeeded", RuleSetVersion: 2 },
            "the Hangfire rescore of 2025-09 under v2", seconds: 120);
        var august = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/communes/{Unit}/scorecard/reproduce?period=2025-08");
        var september = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/communes/{Unit}/scorecard/reproduce?period=2025-09");
        var page = await _admin.GetStringAsync("/Rules");
        var publishPage = await _admin.GetStringAsync("/Rules/Publish/2");
        var stored = await Versions().FindAsync(ActiveRules.RuleSetId, 2, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((stored!.Status, stored.EffectiveFrom), Is.EqualTo((RuleSetStatus.Published, new Period(2025, 9))));
            Assert.That((august.GetProperty("ruleSetVersion").GetInt32(), august.GetProperty("identical").GetBoolean()), Is.EqualTo((1, true)));
            Assert.That((september.GetProperty("ruleSetVersion").GetInt32(), september.GetProperty("identical").GetBoolean()), Is.EqualTo((2, true)));
            Assert.That(page, Does.Not.Contain("id=\"shipped-notice-2\""), "published: the notice is gone");
            Assert.That(page, Does.Contain("data-action=\"ruleset.republish\""));
            Assert.That(publishPage, Does.Contain("id=\"published\"").And.Contain("tháng 9/2025"), "the publish page says from which period it applies");
        }
    }

    private RuleSetRepository Versions() => _server.Services.GetRequiredService<RuleSetRepository>();
}
