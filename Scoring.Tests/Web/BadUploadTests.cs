using DashboardKpi.Ingest.Jobs.Importing;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DashboardKpi.Dashboard.Web.Imports;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Uploads that must be refused with a reason, never a 500 or a reset connection, and never at the cost of a stored
/// value: bodies over the limit (announced or only found out while reading), bodies cut off, wrong content types,
/// and a manual value with a NUL in it. Huge bodies are generated while they are sent (<see cref="GeneratedUpload"/>).
/// </summary>
[TestFixture]
public sealed class BadUploadTests
{
    private const string StoredRow = "26740,2025-10,ONLINE_DOSSIERS,1117";
    private const string ReplacingRow = "26740,2025-10,ONLINE_DOSSIERS,5";
    private static readonly IndicatorKey StoredKey = new("26740", "ONLINE_DOSSIERS", new Period(2025, 10), UploadImporter.Source);

    private DashboardServer _server = null!;
    private HttpClient _steward = null!;
    private HttpClient _token = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartAsync();
        await _server.CreateUserAsync("steward3", UserRoles.Steward);
        _steward = await _server.LoginAsync("steward3", "user-password-123");
        _token = await _server.CreateTokenClientAsync(UserRoles.Steward);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("commune_code,period,indicator_code,value\n" + StoredRow + "\n")), "file", "stored.csv" } };
        using var response = await _token.PostAsync("/api/v1/imports", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the value the bad uploads must leave alone");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _steward.Dispose();
        _token.Dispose();
        await _server.DisposeAsync();
    }

    private static long OverTheLimit(int megabytes) => megabytes * 1024L * 1024;

    [TestCase(39, true, TestName = "ImportsApi_39MbWithContentLength_Is413WithTheLimit")]
    [TestCase(200, true, TestName = "ImportsApi_200MbWithContentLength_Is413WithTheLimit")]
    [TestCase(25, false, TestName = "ImportsApi_25MbChunked_Is413WithTheLimit")]
    public async Task ImportsApi_BodyOverTheLimit_Is413WithTheLimitInBothLanguages(int megabytes, bool announceLength)
    {
        using var response = await _token.PostAsync("/api/v1/imports", new GeneratedUpload(OverTheLimit(megabytes), ReplacingRow, announceLength: announceLength));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("20 MB"));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("20 MB"));
        }

        await AssertStoredValueUntouchedAsync();
    }

    [TestCase(200, true, TestName = "UploadPage_200MbWithContentLength_Is413PageWithTheLimit")]
    [TestCase(25, false, TestName = "UploadPage_25MbChunked_Is413PageWithTheLimit")]
    public async Task UploadPage_BodyOverTheLimit_Is413PageWithTheLimit(int megabytes, bool announceLength)
    {
        var token = DashboardServer.AntiforgeryToken(await _steward.GetStringAsync("/Data/Upload"));

        using var response = await _steward.PostAsync("/Data/Upload", new GeneratedUpload(OverTheLimit(megabytes), ReplacingRow, token, announceLength: announceLength));
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.RequestEntityTooLarge));
            Assert.That(html, Does.Contain("id=\"request-problem\"").And.Contain("20 MB").And.Contain("lớn hơn"));
        }

        await AssertStoredValueUntouchedAsync();
    }

    [Test]
    public async Task ImportsApi_MultipartCutOffBeforeItsClosingBoundary_Is400WithAReason()
    {
        using var response = await _token.PostAsync("/api/v1/imports", new GeneratedUpload(10_000, ReplacingRow, closed: false));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("cut off"));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("không trọn vẹn"));
        }

        await AssertStoredValueUntouchedAsync();
    }

    [Test]
    public async Task UploadPage_MultipartCutOffBeforeItsClosingBoundary_Is400PageWithAReason()
    {
        var token = DashboardServer.AntiforgeryToken(await _steward.GetStringAsync("/Data/Upload"));

        using var response = await _steward.PostAsync("/Data/Upload", new GeneratedUpload(10_000, ReplacingRow, token, closed: false));
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("id=\"request-problem\"").And.Contain("không trọn vẹn"));
        }

        await AssertStoredValueUntouchedAsync();
    }

    [Test]
    public async Task ImportsApi_JsonInsteadOfAFile_Is415WithAProblem()
    {
        using var response = await _token.PostAsync("/api/v1/imports", new StringContent("{\"file\": \"x\"}", Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("detail").GetString(), Does.Contain("multipart/form-data"));
            Assert.That(problem.GetProperty("detailVi").GetString(), Does.Contain("multipart/form-data"));
        }
    }

    [Test]
    public async Task Manual_ValueWithANul_ShowsTheFormAgainWithTheReason()
    {
        using var response = await DashboardServer.PostFormAsync(_steward, "/Data/Manual", new()
        {
            ["CommuneCode"] = "26740", ["Period"] = "2025-10", ["IndicatorCode"] = "ONLINE_DOSSIERS", ["Value"] = "11\u000017",
        });
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(html, Does.Contain("id=\"manual-form\""));
            Assert.That(html, Does.Contain("id=\"quarantine-reasons\"").And.Contain("value.unparsable"));
        }

        await AssertStoredValueUntouchedAsync();
    }

    [Test]
    public async Task UploadPage_StatesTheLimit()
    {
        var html = await _steward.GetStringAsync("/Data/Upload");

        Assert.That(html, Does.Contain("data-max-bytes=\"" + UploadLimit.Bytes + "\"").And.Contain("20 MB"));
    }

    private async Task AssertStoredValueUntouchedAsync()
    {
        var stored = await _server.Services.GetRequiredService<IndicatorRepository>().FindAsync(StoredKey, CancellationToken.None);
        Assert.That(stored!.Value, Is.EqualTo(1117m), "a refused upload leaves the stored value alone");
    }
}
