using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>Upload, template, history, rejected rows, manual entry and POST /api/v1/imports, over real HTTP.</summary>
[TestFixture]
public sealed class DataPagesTests
{
    private DashboardServer _server = null!;
    private HttpClient _steward = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartAsync();
        await _server.CreateUserAsync("steward2", UserRoles.Steward);
        await _server.CreateUserAsync("committee2", UserRoles.Committee);
        _steward = await _server.LoginAsync("steward2", "user-password-123");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _steward.Dispose();
        await _server.DisposeAsync();
    }

    [Test]
    public async Task Upload_CsvWithOneBadRow_ShowsSummaryAndTheRejectedRowWithItsReason()
    {
        var csv = Csv("26740,2025-09,ONLINE_DOSSIERS,1117", "26740,2025-09,AV_UPDATED_MACHINES,17/40", "26740,2025-09,NO_SUCH_INDICATOR,5");

        var summary = await UploadAsync(_steward, "bao-cao-thang-9.csv", csv);
        var run = System.Text.RegularExpressions.Regex.Match(summary, "/Data/Rejected\\?run=(\\d+)").Groups[1].Value;
        var rejected = await _steward.GetStringAsync("/Data/Rejected?run=" + run);
        using var download = await _steward.GetAsync($"/Data/Rejected?run={run}&handler=Download");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary, Does.Contain("data-status=\"succeeded\"").And.Contain("id=\"count-imported\">2<").And.Contain("id=\"count-quarantined\">1<"));
            Assert.That(rejected, Does.Contain("NO_SUCH_INDICATOR").And.Contain("không có trong bộ quy tắc"));
            Assert.That(download.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        }
    }

    [Test]
    public async Task Upload_SameFileTwice_SecondIsADuplicate()
    {
        var csv = Csv("25747,2025-10,ONLINE_DOSSIERS,640");
        await UploadAsync(_steward, "a.csv", csv);

        var second = await UploadAsync(_steward, "a-again.csv", csv);

        Assert.That(second, Does.Contain("data-status=\"duplicate\"").And.Contain("đã được nhập"));
    }

    [TestCase("notes.txt", "hello")]
    [TestCase("broken.xlsx", "this is not a zip")]
    public async Task Upload_WrongFile_SummaryShowsTheRejectionReason(string name, string content)
    {
        var summary = await UploadAsync(_steward, name, Encoding.UTF8.GetBytes(content));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(summary, Does.Contain("data-status=\"failed\""));
            Assert.That(summary, Does.Contain("id=\"import-message\""));
        }
    }

    [Test]
    public async Task Template_Download_IsAnXlsx()
    {
        using var response = await _steward.GetAsync("/Data/Upload?handler=Template&period=2025-09");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(bytes.Take(2), Is.EqualTo("PK"u8.ToArray()));
        }
    }

    [Test]
    public async Task Manual_OneValue_IsStoredAndSummarised()
    {
        using var response = await DashboardServer.PostFormAsync(_steward, "/Data/Manual", new()
        {
            ["CommuneCode"] = "26740", ["Period"] = "2025-11", ["IndicatorCode"] = "ONLINE_DOSSIERS", ["Value"] = "1.117",
        });
        var html = await response.Content.ReadAsStringAsync();
        var history = await _steward.GetStringAsync("/Data/History");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("data-status=\"succeeded\"").And.Contain("id=\"count-imported\">1<"));
            Assert.That(history, Does.Contain("Nhập tay (manual)"));
        }
    }

    [Test]
    public async Task DataPages_Committee_IsRefused()
    {
        using var committee = await _server.LoginAsync("committee2", "user-password-123");

        using var response = await committee.GetAsync("/Data/Upload");

        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
    }

    [Test]
    public async Task ImportsApi_StewardToken_ReturnsTheSummary()
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);
        using var content = Multipart("api.csv", Csv("26740,2025-08,ONLINE_DOSSIERS,900", "99999,2025-08,ONLINE_DOSSIERS,1"));

        using var response = await client.PostAsync("/api/v1/imports", content);
        var summary = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(summary.GetProperty("status").GetString(), Is.EqualTo("succeeded"));
            Assert.That(summary.GetProperty("importedCount").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("quarantinedCount").GetInt32(), Is.EqualTo(1));
            Assert.That(summary.GetProperty("quarantineReasons").GetProperty("commune.unknown").GetInt32(), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ImportsApi_CommitteeToken_IsForbidden()
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Committee);
        using var content = Multipart("api.csv", Csv("26740,2025-08,ONLINE_DOSSIERS,900"));

        using var response = await client.PostAsync("/api/v1/imports", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task ImportsApi_NoFileOrNotMultipart_IsRefusedAsBadInput()
    {
        using var client = await _server.CreateTokenClientAsync(UserRoles.Steward);

        using var empty = await client.PostAsync("/api/v1/imports", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        using var json = await client.PostAsync("/api/v1/imports", new StringContent("{}", Encoding.UTF8, "application/json"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(empty.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.StatusCode, Is.EqualTo(HttpStatusCode.UnsupportedMediaType));
        }
    }

    [Test]
    public async Task ImportsApi_CookieWithoutAntiforgeryToken_Is400()
    {
        using var content = Multipart("cookie.csv", Csv("26740,2025-08,ONLINE_DOSSIERS,901"));

        using var response = await _steward.PostAsync("/api/v1/imports", content);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    private static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes("commune_code,period,indicator_code,value\n" + string.Join("\n", lines) + "\n");

    private static MultipartFormDataContent Multipart(string name, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }

    /// <summary>Posts the upload form as the browser does and follows the redirect to the summary.</summary>
    private static async Task<string> UploadAsync(HttpClient client, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync("/Data/Upload");
        using var content = Multipart(name, bytes);
        content.Add(new StringContent(DashboardServer.AntiforgeryToken(page)), "__RequestVerificationToken");
        using var response = await client.PostAsync("/Data/Upload", content);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var html = await client.GetStringAsync(response.Headers.Location);
            if (html.Contains("id=\"import-summary\"", StringComparison.Ordinal))
            {
                return html;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The import did not finish.");
    }

}
