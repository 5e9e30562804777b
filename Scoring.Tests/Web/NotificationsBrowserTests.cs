using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The bell in the header counts a chair's unread notifications; opening one and "mark all read" bring it down. Real browser.</summary>
[TestFixture]
public sealed class NotificationsBrowserTests : BrowserFixture
{
    private const string Password = DashboardServer.UserPassword; // what CreateUserAsync gives every account

    private protected override async Task OnServerStartedAsync()
    {
        await Server.CreateUserAsync("chair.bell", UserRoles.Chair, "26740");
        var writer = Server.Services.GetRequiredService<NotificationWriter>();
        foreach (var (key, period) in new[] { ("bell:1", "07/2025"), ("bell:2", "08/2025"), ("bell:3", "09/2025") })
        {
            await writer.AddAsync(new NotificationEvent(NotificationKinds.ColourChanged, key, "/Communes/Details/26740", [period, "đỏ", "vàng"])
            {
                ChairsOf = "26740", CommuneCode = "26740",
            }, CancellationToken.None);
        }
    }

    [Test]
    public async Task Bell_ShowsTheUnreadCount_AndFollowsTheList()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, "chair.bell", Password);
        var user = await Server.Services.GetRequiredService<UserRepository>().FindByUserNameAsync("chair.bell", CancellationToken.None);
        var unread = await Server.Services.GetRequiredService<NotificationRepository>().CountUnreadAsync(user!.Id, CancellationToken.None);
        await page.GotoAsync("/");
        var before = await page.InnerTextAsync("#bell-count");
        var label = await page.GetAttributeAsync("#bell", "aria-label");
        await page.ClickAsync("#bell");
        await page.WaitForURLAsync(url => url.Contains("/Notifications", StringComparison.Ordinal));
        var items = await page.Locator("#notifications li").CountAsync();
        await Support.Browser.ScreenshotAsync(page, "notifications-list");
        await page.Locator("#notifications li button").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Communes/Details/26740", StringComparison.Ordinal));
        var afterOpen = await page.InnerTextAsync("#bell-count");
        await page.GotoAsync("/Notifications");
        await page.ClickAsync("#notifications-read-all");
        await page.WaitForSelectorAsync("#notifications li.read");
        var afterAll = await page.InnerTextAsync("#bell-count");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(unread, Is.GreaterThanOrEqualTo(3), "the three written for this test, and any colour change of the unit");
            Assert.That(before, Is.EqualTo(unread.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(label, Is.EqualTo($"Thông báo: {unread} chưa đọc"));
            Assert.That(items, Is.EqualTo(unread));
            Assert.That(afterOpen, Is.EqualTo((unread - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(afterAll, Is.EqualTo("0"));
        }

        await page.Context.CloseAsync();
    }
}
