using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The admin pages: users, API tokens and removing the demo data, through their real forms.</summary>
[TestFixture]
public sealed partial class AdminTests : AdminSessionFixture
{
    [Test]
    public async Task Users_CreateChair_CanLogInAndIsAudited()
    {
        using var created = await DashboardServer.PostFormAsync(Admin, "/Admin/Users?handler=Create", new()
        {
            ["Input.UserName"] = "chu.tich.saigon", ["Input.DisplayName"] = "Chủ tịch UBND phường Sài Gòn", ["Input.Role"] = UserRoles.Chair,
            ["Input.CommuneCode"] = "26740", ["Input.Password"] = "a-long-password-1",
        }, formPage: "/Admin/Users");
        using var chair = await Server.LoginAsync("chu.tich.saigon", "a-long-password-1");
        var home = await chair.GetStringAsync("/");
        var audit = await Server.Services.GetRequiredService<AuditLogRepository>().ListForSubjectAsync("user:chu.tich.saigon", 5, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(home, Does.Contain("Đơn vị của tôi"));
            Assert.That(audit.Select(a => a.Action), Does.Contain("user.create"));
        }
    }

    [Test]
    public async Task Users_ChairWithoutUnitOrShortPassword_IsRefusedWithAReason()
    {
        using var noUnit = await DashboardServer.PostFormAsync(Admin, "/Admin/Users?handler=Create", new()
        {
            ["Input.UserName"] = "chair.nounit", ["Input.Role"] = UserRoles.Chair, ["Input.Password"] = "a-long-password-1",
        }, formPage: "/Admin/Users");
        using var shortPassword = await DashboardServer.PostFormAsync(Admin, "/Admin/Users?handler=Create", new()
        {
            ["Input.UserName"] = "short.pw", ["Input.Role"] = UserRoles.Committee, ["Input.Password"] = "short",
        }, formPage: "/Admin/Users");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(await noUnit.Content.ReadAsStringAsync(), Does.Contain("Chủ tịch UBND phải gắn với một đơn vị."));
            Assert.That(await shortPassword.Content.ReadAsStringAsync(), Does.Contain("Mật khẩu cần ít nhất 10 ký tự."));
        }
    }

    [Test]
    public async Task Tokens_IssuedOnce_WorksForTheApiUntilRevoked()
    {
        using var issued = await DashboardServer.PostFormAsync(Admin, "/Admin/Tokens?handler=Create", new()
        {
            ["name"] = "IOC thành phố", ["role"] = UserRoles.Committee,
        }, formPage: "/Admin/Tokens");
        var token = TokenPattern().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;
        using var ioc = Server.CreateClient();
        ioc.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await ioc.GetAsync("/api/v1/communes");
        var stored = (await Server.Services.GetRequiredService<ApiTokenRepository>().ListAsync(CancellationToken.None)).Single(t => t.Name == "IOC thành phố");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(token, Does.StartWith("dk_"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(stored.TokenSha256, Is.Not.EqualTo(token).And.Length.EqualTo(64), "only the hash is stored");
        }
    }

    [Test]
    public async Task Demo_Remove_TakesTheBannerAndTheDemoRatingsAway()
    {
        var before = await Admin.GetStringAsync("/");

        using var removed = await DashboardServer.PostFormAsync(Admin, "/Admin/Demo", []);
        var after = await Admin.GetStringAsync("/LeagueTable?period=2025-08");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(before, Does.Contain("id=\"demo-banner\""));
            Assert.That(removed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(after, Does.Not.Contain("id=\"demo-banner\""));
            Assert.That(Regex.Matches(after, "<tr data-code=\"\\d+\" data-rating=\"noData\"").Count, Is.EqualTo(168));
        }
    }

    [GeneratedRegex("<code id=\"new-token\">([^<]+)</code>")]
    private static partial Regex TokenPattern();
}
