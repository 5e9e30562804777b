using System.Net;
using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Issue 29 over HTTP: the admin sets a user's email and language and sees that email is off; a user changes their
/// own address, language, email kinds and password; the language cookie starts from the preference at login.
/// </summary>
[TestFixture]
public sealed class NotificationsWebTests : AdminSessionFixture
{
    private const string Password = DashboardServer.UserPassword; // what CreateUserAsync gives every account

    private protected override async Task OnStartedAsync()
    {
        await Server.CreateUserAsync("chair.account", UserRoles.Chair, "26740");
        await Server.CreateUserAsync("committee.account", UserRoles.Committee);
    }

    private async Task<AccountSetting?> SettingAsync(string userName)
    {
        var user = await Server.Services.GetRequiredService<UserRepository>().FindByUserNameAsync(userName, CancellationToken.None);
        return await Server.Services.GetRequiredService<AccountSettingRepository>().FindAsync(user!.Id, CancellationToken.None);
    }

    [Test]
    public async Task AdminPage_SaysEmailIsOff_AndSetsAUsersAddressAndLanguage()
    {
        var page = await Admin.GetStringAsync("/Admin/Users");
        using var saved = await DashboardServer.PostFormAsync(Admin, "/Admin/Users?handler=Settings",
            new() { ["userName"] = "committee.account", ["email"] = "uy.vien@example.gov.vn", ["language"] = "en" }, "/Admin/Users");
        using var bad = await DashboardServer.PostFormAsync(Admin, "/Admin/Users?handler=Settings",
            new() { ["userName"] = "committee.account", ["email"] = "not an address", ["language"] = "en" }, "/Admin/Users");
        var badHtml = await bad.Content.ReadAsStringAsync();

        using var login = await Server.LoginAsync("committee.account", Password);
        var home = await login.GetStringAsync("/Account/Settings");
        var setting = await SettingAsync("committee.account");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(page, Does.Contain("Gửi email: TẮT"));
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((setting?.Email, setting?.Language), Is.EqualTo(("uy.vien@example.gov.vn", "en")));
            Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(badHtml, Does.Contain("Địa chỉ email không hợp lệ"));
            Assert.That(home, Does.Contain("<html lang=\"en\"").And.Contain("Email address"), "the language cookie starts from the preference");
        }
    }

    [Test]
    public async Task AccountPage_UserChangesOwnEmailLanguageKindsAndPassword()
    {
        using var chair = await Server.LoginAsync("chair.account", Password);
        using var noToken = await chair.PostAsync("/Account/Settings?handler=Settings",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@example.vn", ["language"] = "vi" }));
        using var badEmail = await DashboardServer.PostFormAsync(chair, "/Account/Settings?handler=Settings",
            new() { ["email"] = "chair@", ["language"] = "vi" }, "/Account/Settings");
        var fields = new List<KeyValuePair<string, string>>
        {
            new("email", "chu.tich@phuong.gov.vn"), new("language", "vi"), new("emailKinds", NotificationKinds.ColourChanged), new("emailKinds", NotificationKinds.DisputeDecided),
        };
        var form = await chair.GetStringAsync("/Account/Settings");
        fields.Add(new("__RequestVerificationToken", DashboardServer.AntiforgeryToken(form)));
        using var saved = await chair.PostAsync("/Account/Settings?handler=Settings", new FormUrlEncodedContent(fields));
        using var wrongCurrent = await DashboardServer.PostFormAsync(chair, "/Account/Settings?handler=Password",
            new() { ["currentPassword"] = "wrong-password-1", ["newPassword"] = "new-password-456", ["confirmPassword"] = "new-password-456" }, "/Account/Settings");
        using var changed = await DashboardServer.PostFormAsync(chair, "/Account/Settings?handler=Password",
            new() { ["currentPassword"] = Password, ["newPassword"] = "new-password-456", ["confirmPassword"] = "new-password-456" }, "/Account/Settings");

        var setting = await SettingAsync("chair.account");
        var user = await Server.Services.GetRequiredService<UserRepository>().FindByUserNameAsync("chair.account", CancellationToken.None);
        var optOuts = await Server.Services.GetRequiredService<AccountSettingRepository>().ListOptOutsAsync(user!.Id, CancellationToken.None);
        using var newLogin = await Server.LoginAsync("chair.account", "new-password-456");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery");
            Assert.That(badEmail.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await badEmail.Content.ReadAsStringAsync(), Does.Contain("Địa chỉ email không hợp lệ").And.Contain("Không có gì được lưu"));
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(setting?.Email, Is.EqualTo("chu.tich@phuong.gov.vn"));
            Assert.That(optOuts, Is.EquivalentTo(NotificationKinds.All.Except([NotificationKinds.ColourChanged, NotificationKinds.DisputeDecided])));
            Assert.That(wrongCurrent.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await wrongCurrent.Content.ReadAsStringAsync(), Does.Contain("Mật khẩu hiện tại không đúng"));
            Assert.That(changed.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        }
    }
}
