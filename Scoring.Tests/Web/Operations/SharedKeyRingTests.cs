using System.Net;
using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web.Operations;

/// <summary>
/// Two dashboards on one database honour each other's logins and antiforgery tokens because the data-protection key
/// ring is in that database; a dashboard on another database does not (so nothing else, such as a key folder shared
/// by the processes of this machine, is doing the sharing).
/// </summary>
[TestFixture]
public sealed class SharedKeyRingTests
{
    private DashboardServer _a = null!;
    private DashboardServer _b = null!;
    private DashboardServer _elsewhere = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _a = await DashboardServer.StartAsync();
        _b = await DashboardServer.StartOnAsync(_a.Folder, null, null);
        _elsewhere = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Jobs:SeedDemoData"] = "false" }, empty: true);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _elsewhere.DisposeAsync();
        await _b.StopKeepingFilesAsync();
        await _a.DisposeAsync();
    }

    [Test]
    public async Task Login_OnNodeA_IsHonouredOnNodeB_AndNotByAnotherDatabase()
    {
        var jar = new CookieContainer();
        using var onA = ClientWith(jar, _a);
        var login = await DashboardServer.PostFormAsync(onA, "/Account/Login", new() { ["UserName"] = "admin", ["Password"] = DashboardServer.AdminPassword });
        Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "logged in on node A");
        var cookie = jar.GetCookieHeader(_a.BaseAddress);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((await GetWithCookieAsync(_b, cookie)).StatusCode, Is.EqualTo(HttpStatusCode.OK), "node B, same database");
            Assert.That((await GetWithCookieAsync(_elsewhere, cookie)).StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "a dashboard on another database sends to login");
            Assert.That(await KeyCountAsync(_a), Is.GreaterThanOrEqualTo(1), "the key ring is in the database");
        }
    }

    [Test]
    public async Task AntiforgeryToken_FromNodeA_IsAcceptedByNodeB()
    {
        var jar = new CookieContainer();
        using var onA = ClientWith(jar, _a);
        var form = await onA.GetStringAsync("/Account/Login");
        var antiforgeryCookie = jar.GetCookieHeader(_a.BaseAddress);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_b.BaseAddress, "/Account/Login"))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = "admin",
                ["Password"] = DashboardServer.AdminPassword,
                ["__RequestVerificationToken"] = DashboardServer.AntiforgeryToken(form),
            }),
        };
        request.Headers.Add("Cookie", antiforgeryCookie);
        using var plain = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });

        var response = await plain.SendAsync(request);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), "node B accepted node A's token and logged in");
    }

    [Test]
    public async Task KeyRing_NodeBStarted_AddsNoKeyOfItsOwn()
    {
        var before = await KeyCountAsync(_a);
        using var onB = await _b.LoginAsync();

        Assert.That(await KeyCountAsync(_a), Is.EqualTo(before), "node B used the ring it found instead of making one");
    }

    private static HttpClient ClientWith(CookieContainer jar, DashboardServer server) =>
        new(new HttpClientHandler { CookieContainer = jar, UseCookies = true, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

    private static async Task<HttpResponseMessage> GetWithCookieAsync(DashboardServer server, string cookie)
    {
        using var plain = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(server.BaseAddress, "/"));
        request.Headers.Add("Cookie", cookie);
        return await plain.SendAsync(request);
    }

    private static async Task<long> KeyCountAsync(DashboardServer server)
    {
        await using var connection = await server.Services.GetRequiredService<DbConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM DataProtectionKey");
    }
}
