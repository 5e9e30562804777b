using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>A ward chair turns the path to green into an action; an analyst decides a chair's dispute. Real browser, real app.</summary>
[TestFixture]
public sealed class ActionsBrowserTests : BrowserFixture
{
    private const string Password = DashboardServer.UserPassword; // what CreateUserAsync gives every account
    private string _commune = "";
    private string _period = "";

    private protected override async Task OnServerStartedAsync()
    {
        var snapshots = Server.Services.GetRequiredService<RatingSnapshotRepository>();
        _period = (await snapshots.ListPeriodsAsync(CancellationToken.None)).First().ToString(); // newest first
        _commune = (await snapshots.ListLatestSummariesForPeriodAsync(Scoring.Engine.Model.Period.Parse(_period), CancellationToken.None)).First(s => s.Overall == RatingColour.Yellow).CommuneCode;
        await Server.CreateUserAsync("chair.browser", UserRoles.Chair, _commune);
        await Server.CreateUserAsync("analyst.browser", UserRoles.Analyst);
    }

    [Test]
    public async Task Chair_CreatesAnActionFromThePathToGreen()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, "chair.browser", Password);
        await page.GotoAsync($"/Communes/Details/{_commune}?period={_period}");
        var step = page.Locator("#path-to-green li").First;
        var criterion = await step.GetAttributeAsync("data-criterion");
        await step.Locator("a.create-action").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Actions/New", StringComparison.Ordinal));
        var prefilled = await page.InputValueAsync("#action-text");
        await page.FillAsync("#action-owner", "Nguyễn Thị Hoa, công chức Văn phòng");
        await page.FillAsync("#action-due", DateTime.UtcNow.AddDays(45).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#action-note", "Báo cáo tại cuộc họp Ban Chỉ đạo tháng sau");
        await Support.Browser.ScreenshotAsync(page, "actions-new");
        await page.ClickAsync("#action-save");
        await page.WaitForURLAsync(url => url.Contains("/Actions/Details/", StringComparison.Ordinal));
        var status = await page.InnerTextAsync("#action-status");
        await Support.Browser.ScreenshotAsync(page, "actions-details");
        await page.GotoAsync($"/Communes/Details/{_commune}?period={_period}");
        var onCommunePage = await page.Locator("#unit-actions #actions tbody tr").AllInnerTextsAsync();
        await page.Locator("#unit-actions").ScreenshotAsync(new() { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "actions-commune.png") });
        await page.GotoAsync("/Actions");
        await Support.Browser.ScreenshotAsync(page, "actions-list");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(prefilled, Does.Contain("để đạt mức"), "prefilled from the criterion's action sentence with its amount");
            Assert.That(status, Is.EqualTo("Đang thực hiện"));
            Assert.That(onCommunePage, Has.Some.Contain("Nguyễn Thị Hoa").And.Some.Contain(criterion!));
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Analyst_DecidesADispute_AndTheDecisionCannotBeEdited()
    {
        var filed = await Server.Services.GetRequiredService<DisputeService>().FileAsync(
            new NewDisputeInput(_commune, "C7", _period, "Đơn vị đã cập nhật phần mềm phòng, chống mã độc cho toàn bộ máy; biên bản kiểm tra kèm theo.", "40/40", "bien-ban.pdf", [37, 80, 68, 70]),
            "chair.browser", CancellationToken.None);
        var page = await Chromium.LoginAsync(Server.BaseAddress, "analyst.browser", Password);

        await page.GotoAsync($"/Disputes/Details/{filed.Value!.Id}");
        await Support.Browser.ScreenshotAsync(page, "actions-dispute-open");
        await page.FillAsync("#decision-reason-accept", "Khớp với biên bản kiểm tra ngày 20");
        await page.ClickAsync("#dispute-accept");
        await page.WaitForSelectorAsync("#dispute-decision");
        var status = await page.InnerTextAsync("#dispute-status");
        var decision = await page.InnerTextAsync("#dispute-decision");
        var formsLeft = await page.Locator("#dispute-accept-form, #dispute-reject-form").CountAsync();
        var history = await page.Locator("#dispute-history li").AllInnerTextsAsync();
        await Support.Browser.ScreenshotAsync(page, "actions-dispute-decided");
        var stored = await Server.Services.GetRequiredService<DisputeRepository>().FindAsync(filed.Value.Id, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo("Đã chấp nhận"));
            Assert.That(decision, Does.Contain("analyst.browser").And.Contain("40/40"));
            Assert.That(formsLeft, Is.Zero);
            Assert.That(history, Has.Some.Contain("dispute.accept").And.Some.Contain("dispute.file"));
            Assert.That(stored!.CorrectionRunId, Is.Not.Null);
        }

        await page.Context.CloseAsync();
    }
}
