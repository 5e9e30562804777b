using System.Net;
using System.Net.Http.Headers;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

[TestFixture]
public sealed class AuthTests
{
    private DashboardServer _server = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _server = await DashboardServer.StartAsync();
        await _server.CreateUserAsync("steward1", UserRoles.Steward);
        await _server.CreateUserAsync("locked1", UserRoles.Committee, password: "right-password-1");
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _server.DisposeAsync();

    [Test]
    public async Task Login_BootstrapAdmin_ReachesOverviewInVietnamese()
    {
        using var client = await _server.LoginAsync();

        var html = await client.GetStringAsync("/");

        Assert.That(html, Does.Contain("Tổng quan").And.Contain("lang=\"vi\""));
    }

    [Test]
    public async Task Login_WrongPassword_StaysOnLoginWithMessage()
    {
        using var client = _server.CreateClient();

        using var response = await DashboardServer.PostFormAsync(client, "/Account/Login", new() { ["UserName"] = "admin", ["Password"] = "nope" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Tên đăng nhập hoặc mật khẩu không đúng."));
        }
    }

    [Test]
    public async Task Login_FiveWrongPasswords_LocksOutEvenTheRightOne()
    {
        using var client = _server.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var _ = await DashboardServer.PostFormAsync(client, "/Account/Login", new() { ["UserName"] = "locked1", ["Password"] = "wrong" });
        }

        using var response = await DashboardServer.PostFormAsync(client, "/Account/Login", new() { ["UserName"] = "locked1", ["Password"] = "right-password-1" });
        var user = await _server.Services.GetRequiredService<UserRepository>().FindByUserNameAsync("locked1", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), "no redirect: not signed in");
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("tạm khóa"));
            Assert.That(user!.LockoutEndsAt, Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(14)));
        }
    }

    [Test]
    public async Task Login_PostWithoutAntiforgeryToken_IsRejected()
    {
        using var client = _server.CreateClient();

        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin",
            ["Password"] = DashboardServer.AdminPassword,
        }));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task Steward_AdminPage_IsForbidden()
    {
        using var client = await _server.LoginAsync("steward1", "user-password-123");

        using var response = await client.GetAsync("/Admin/Users");

        Assert.That(response.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
    }

    [Test]
    public async Task Api_WithoutCredentials_Is401NotARedirect()
    {
        using var client = _server.CreateClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task Api_BearerToken_IsAcceptedUntilRevoked()
    {
        var token = ApiTokenAuthenticationHandler.NewToken();
        var tokens = _server.Services.GetRequiredService<ApiTokenRepository>();
        var id = await tokens.InsertAsync(new NewApiToken
        {
            Name = "ioc",
            TokenSha256 = ApiTokenAuthenticationHandler.HashOf(token),
            Role = UserRoles.Committee,
            CreatedBy = "admin",
            CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        using var client = _server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var accepted = await client.GetAsync("/openapi/v1.json");
        await tokens.RevokeAsync(id, DateTimeOffset.UtcNow, CancellationToken.None);
        using var revoked = await client.GetAsync("/openapi/v1.json");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(revoked.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        }
    }

    [Test]
    public async Task AnyResponse_CarriesSecurityHeaders()
    {
        using var client = _server.CreateClient();

        using var response = await client.GetAsync("/Account/Login");
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(csp, Does.Contain("frame-ancestors 'none'").And.Contain("script-src 'self';"));
            Assert.That(response.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
            Assert.That(response.Headers.GetValues("Referrer-Policy"), Is.EqualTo(new[] { "same-origin" }));
        }
    }

    [Test]
    public async Task LanguageSwitch_English_TranslatesTheShell()
    {
        using var client = await _server.LoginAsync();

        using var _ = await DashboardServer.PostFormAsync(client, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        var html = await client.GetStringAsync("/");

        Assert.That(html, Does.Contain("Overview of the 168 commune-level units").And.Contain("lang=\"en\""));
    }
}
