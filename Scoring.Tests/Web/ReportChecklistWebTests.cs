using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Ingest;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The month's report checklist over real HTTP: counts over the 168 units, statuses, filters, unmentioned indicators.</summary>
public sealed class ReportChecklistWebTests
{
    private const string Period = "2025-11";
    private const string TanDinh = "26737";
    private const string SaiGon = "26740";
    private DashboardServer _server = null!;
    private HttpClient _api = null!;
    private long _confirmedId;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartAsync();
        _api = await _server.CreateTokenClientAsync(UserRoles.Steward);

        // Tân Định: only task 7 (the anti-virus machines), uploaded and not confirmed.
        var lines = SampleReportKey.Clean.Split('\n');
        var shortReport = string.Join('\n', lines.Take(13).Concat(lines.Skip(34).Take(2)));
        await UploadAsync("tan-dinh-short.txt", shortReport, TanDinh);

        // Sài Gòn: the OCR report, confirmed with one value.
        _confirmedId = await UploadAsync("sai-gon.txt", SampleReportKey.Ocr, SaiGon);
        using var confirm = await _api.PostAsJsonAsync($"/api/v1/imports/report/{_confirmedId}/confirm",
            new { communeCode = SaiGon, period = Period, values = new[] { new { indicatorCode = "STAFF_TRAINED", value = "38/41" } } });
        Assert.That(confirm.StatusCode, Is.EqualTo(HttpStatusCode.OK), await confirm.Content.ReadAsStringAsync());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _api.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Api_CountsAddUpTo168_AndShowEachReportsStatus()
    {
        var checklist = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/report/checklist?period={Period}");
        var counts = checklist.GetProperty("counts");
        var units = checklist.GetProperty("units").EnumerateArray().ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(checklist.GetProperty("total").GetInt32(), Is.EqualTo(168));
            Assert.That(units, Has.Count.EqualTo(168));
            Assert.That(counts.GetProperty("missing").GetInt32() + counts.GetProperty("uploaded").GetInt32() + counts.GetProperty("confirmed").GetInt32(), Is.EqualTo(168));
            Assert.That((counts.GetProperty("uploaded").GetInt32(), counts.GetProperty("confirmed").GetInt32()), Is.EqualTo((1, 1)));
            Assert.That(StatusOf(units, TanDinh), Is.EqualTo("uploaded"));
            Assert.That(StatusOf(units, SaiGon), Is.EqualTo("confirmed"));
        }
    }

    [Test]
    public async Task Api_UploadedReport_ListsTheIndicatorsItDoesNotMention()
    {
        var checklist = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/imports/report/checklist?period={Period}&status=uploaded");
        var row = checklist.GetProperty("units").EnumerateArray().Single();
        var unmentioned = row.GetProperty("unmentioned").EnumerateArray().Select(e => e.GetString()).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.GetProperty("code").GetString(), Is.EqualTo(TanDinh));
            Assert.That(unmentioned, Does.Contain("STAFF_TRAINED"));
            Assert.That(unmentioned, Does.Not.Contain("AV_UPDATED_MACHINES"), "task 7 gives the machines");
        }
    }

    [Test]
    public async Task Page_FiltersByStatusAndByNameWithoutDiacritics()
    {
        using var steward = await _server.LoginAsync(await StewardAsync(), "user-password-123");
        var missing = await steward.GetStringAsync($"/Data/ReportChecklist?period={Period}&status=missing");
        var byName = WebUtility.HtmlDecode(await steward.GetStringAsync($"/Data/ReportChecklist?period={Period}&q=sai+gon"));
        var reports = await steward.GetStringAsync("/Data/Reports");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Count(missing, "<tr data-code="), Is.EqualTo(166));
            Assert.That(missing, Does.Not.Contain($"data-code=\"{TanDinh}\""));
            Assert.That(byName, Does.Contain($"<tr data-code=\"{SaiGon}\" data-status=\"confirmed\">"));
            Assert.That(byName, Does.Not.Contain($"data-code=\"{TanDinh}\""));
            Assert.That(byName, Does.Contain("Đã xác nhận"));
            Assert.That(reports, Does.Contain("id=\"checklist-link\""));
        }
    }

    [TestCase("2025-13")]
    [TestCase("abc")]
    [TestCase("")]
    public async Task Api_BadPeriod_Is400WithBothLanguages(string period)
    {
        using var response = await _api.GetAsync($"/api/v1/imports/report/checklist?period={period}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("yyyy-MM"));
        Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("yyyy-MM"));
    }

    [Test]
    public async Task Page_BadPeriod_SaysSoWithoutAnError()
    {
        using var steward = await _server.LoginAsync(await StewardAsync(), "user-password-123");
        using var response = await steward.GetAsync("/Data/ReportChecklist?period=2025-99");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("id=\"checklist-error\""));
    }

    private static string? StatusOf(List<JsonElement> units, string code) =>
        units.Single(u => u.GetProperty("code").GetString() == code).GetProperty("status").GetString();

    private static int Count(string html, string needle) => (html.Length - html.Replace(needle, "", StringComparison.Ordinal).Length) / needle.Length;

    private int _users;

    private async Task<string> StewardAsync()
    {
        var name = "checklist-steward" + Interlocked.Increment(ref _users);
        await _server.CreateUserAsync(name, UserRoles.Steward);
        return name;
    }

    private async Task<long> UploadAsync(string name, string text, string communeCode)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var content = new MultipartFormDataContent { { file, "file", name } };
        content.Add(new StringContent(communeCode), "communeCode");
        content.Add(new StringContent(Period), "period");
        using var response = await _api.PostAsync("/api/v1/imports/report", content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), body.ToString());
        return body[0].GetProperty("id").GetInt64();
    }
}
