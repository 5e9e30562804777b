using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Every 4xx the API answers carries a problem with detail (en) and detailVi, including those the framework makes
/// itself (unknown route, wrong method, no credentials); pages answer a page with the reason in the reader's language.
/// </summary>
[TestFixture]
public sealed class ErrorResponseTests
{
    private DashboardServer _server = null!;
    private HttpClient _steward = null!;
    private HttpClient _committee = null!;
    private HttpClient _admin = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartInProcessAsync();
        _steward = await _server.CreateTokenClientAsync(UserRoles.Steward);
        _committee = await _server.CreateTokenClientAsync(UserRoles.Committee);
        _admin = await _server.LoginAsync();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        _steward.Dispose();
        _committee.Dispose();
        _admin.Dispose();
        await _server.DisposeAsync();
    }

    [TestCase("GET", "/api/v1/no-such-thing", "steward", 404)]
    [TestCase("GET", "/api/v1/rules/versions/abc/diff?against=1", "steward", 404)]
    [TestCase("GET", "/api/v1/imports", "steward", 405)]
    [TestCase("DELETE", "/api/v1/communes", "steward", 405)]
    [TestCase("GET", "/api/v1/communes", "nobody", 401)]
    [TestCase("POST", "/api/v1/imports", "committee", 403)]
    [TestCase("POST", "/api/v1/imports", "steward", 415)]
    public async Task Api_Every4xx_IsAProblemWithDetailInBothLanguages(string method, string path, string caller, int status)
    {
        var client = caller switch { "steward" => _steward, "committee" => _committee, _ => _server.CreateClient() };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            // The committee is refused for its role, so it sends what the endpoint accepts; the steward sends JSON (415).
            request.Content = caller == "committee"
                ? new MultipartFormDataContent { { new StringContent("x"), "file", "x.csv" } }
                : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(status));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(problem.GetProperty("status").GetInt32(), Is.EqualTo(status));
            Assert.That(problem.GetProperty("detail").GetString(), Is.Not.Empty);
            Assert.That(problem.GetProperty("detailVi").GetString(), Is.Not.Empty.And.Not.EqualTo(problem.GetProperty("detail").GetString()));
        }
    }

    [TestCase("vi", "Không tìm thấy gì tại địa chỉ này")]
    [TestCase("en", "Nothing was found at this address")]
    public async Task Page_UnknownPath_IsA404PageWithTheReasonInTheReadersLanguage(string language, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Communes/NoSuchPage/At/All");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=" + Uri.EscapeDataString(language == "en" ? "c=en-GB|uic=en-GB" : "c=vi-VN|uic=vi-VN"));
        using var response = await _admin.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(html, Does.Contain("id=\"request-problem\"").And.Contain(expected));
            Assert.That(html, Does.Contain("lang=\"" + language + "\""));
        }
    }
}
