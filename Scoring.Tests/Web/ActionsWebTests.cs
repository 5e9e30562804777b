using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// Actions and disputes over HTTP: the role matrix (a chair only ever touches its own unit, also by API token), bad
/// input answered in both languages and never a 500, and the meeting export.
/// </summary>
[TestFixture]
public sealed class ActionsWebTests : AdminSessionFixture
{
    private const string SaiGon = "26740";
    private const string Other = "25747";
    private string _period = "";
    private string _criterion = "";

    private protected override async Task OnStartedAsync()
    {
        await Server.CreateUserAsync("chair.saigon", UserRoles.Chair, SaiGon);
        await Server.CreateUserAsync("chair.other", UserRoles.Chair, Other);
        await Server.CreateUserAsync("steward1", UserRoles.Steward);
        await Server.CreateUserAsync("analyst1", UserRoles.Analyst);
        await Server.CreateUserAsync("committee1", UserRoles.Committee);
        var snapshots = Server.Services.GetRequiredService<RatingSnapshotRepository>();
        _period = (await snapshots.ListPeriodsAsync(CancellationToken.None)).First().ToString(); // newest first
        var snapshot = await snapshots.FindLatestAsync(SaiGon, Scoring.Engine.Model.Period.Parse(_period), CancellationToken.None);
        _criterion = snapshot!.Criteria.First(c => c.Rating is RatingColour.Red or RatingColour.Yellow).CriterionCode;
    }

    private static string Due => DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private object NewAction(string? owner = "Nguyễn Văn A", string? due = null, string? note = null, string? criterion = null) =>
        new { criterion = criterion ?? _criterion, period = _period, owner, dueOn = due ?? Due, note };

    [Test]
    public async Task ChairOfAnotherUnit_IsRefusedEverywhereOnTheUnit_ByCookieAndByToken()
    {
        using var cookie = await Server.LoginAsync("chair.other", "user-password-123");
        using var token = await Server.CreateTokenClientAsync(UserRoles.Chair, Other);
        var statuses = new List<HttpStatusCode>();
        foreach (var client in new[] { cookie, token })
        {
            using var post = await client.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction());
            using var list = await client.GetAsync($"/api/v1/communes/{SaiGon}/actions");
            using var filtered = await client.GetAsync($"/api/v1/actions?unit={SaiGon}");
            using var dispute = await client.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/disputes", new { criterion = _criterion, period = _period, reason = "sai" });
            statuses.AddRange([post.StatusCode, list.StatusCode, filtered.StatusCode, dispute.StatusCode]);
        }

        using var page = await cookie.GetAsync($"/Actions/New?code={SaiGon}&criterion={_criterion}");
        var stored = await Server.Services.GetRequiredService<ActionRepository>().ListAsync(SaiGon, null, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(statuses, Has.All.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(page.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
            Assert.That(stored.Where(a => a.CreatedBy == "chair.other"), Is.Empty);
        }
    }

    [Test]
    public async Task RoleMatrix_WhoMayCreateChangeCancelFileAndDecide()
    {
        using var chair = await Server.CreateTokenClientAsync(UserRoles.Chair, SaiGon);
        using var steward = await Server.LoginAsync("steward1", "user-password-123");
        using var committee = await Server.CreateTokenClientAsync(UserRoles.Committee, null);
        using var analyst = await Server.CreateTokenClientAsync(UserRoles.Analyst, null);

        using var byChair = await chair.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction());
        var id = (await byChair.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var bySteward = await steward.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction());
        using var byCommittee = await committee.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction());
        using var committeeReads = await committee.GetAsync("/api/v1/actions?status=open");
        using var committeePatch = await committee.PatchAsJsonAsync($"/api/v1/actions/{id}", new { status = "waitingForData" });
        using var chairCancel = await chair.PatchAsJsonAsync($"/api/v1/actions/{id}", new { status = "cancelled", reason = "x" });
        using var chairDone = await chair.PatchAsJsonAsync($"/api/v1/actions/{id}", new { status = "waitingForData" });
        using var analystCancel = await analyst.PatchAsJsonAsync($"/api/v1/actions/{id}", new { status = "cancelled", reason = "Trùng việc khác" });
        using var afterCancel = await chair.PatchAsJsonAsync($"/api/v1/actions/{id}", new { owner = "Người khác" });

        using var filed = await chair.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/disputes", new { criterion = _criterion, period = _period, reason = "Số liệu chưa cập nhật" });
        var disputeId = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var chairDecides = await chair.PostAsJsonAsync($"/api/v1/disputes/{disputeId}/decision", new { decision = "reject", reason = "tự quyết" });
        using var committeeDecides = await committee.PostAsJsonAsync($"/api/v1/disputes/{disputeId}/decision", new { decision = "reject", reason = "x" });
        using var stewardFiles = await steward.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/disputes", new { criterion = _criterion, period = _period, reason = "x" });
        using var analystDecides = await analyst.PostAsJsonAsync($"/api/v1/disputes/{disputeId}/decision", new { decision = "reject", reason = "Số liệu khớp hệ thống" });
        using var decidedAgain = await analyst.PostAsJsonAsync($"/api/v1/disputes/{disputeId}/decision", new { decision = "accept", correctedValue = "1" });
        using var chairReads = await chair.GetAsync("/api/v1/disputes?status=rejected");
        var chairList = await chairReads.Content.ReadFromJsonAsync<JsonElement>();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byChair.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(bySteward.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(byCommittee.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(committeeReads.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(committeePatch.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(chairCancel.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(chairDone.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(analystCancel.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterCancel.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(chairDecides.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(committeeDecides.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(stewardFiles.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(analystDecides.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(decidedAgain.StatusCode, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(chairList.EnumerateArray().Select(d => d.GetProperty("decisionReason").GetString()), Does.Contain("Số liệu khớp hệ thống"));
        }
    }

    [TestCase("unknown criterion", "C99", null, null, "C99")]
    [TestCase("due date in the past", null, "2020-01-01", null, "2020")]
    [TestCase("hostile owner", null, null, "bad\u0007owner", "control")]
    public async Task Api_BadAction_Is400InBothLanguagesAndStoresNothing(string why, string? criterion, string? due, string? owner, string mentioned)
    {
        var before = (await Server.Services.GetRequiredService<ActionRepository>().ListAsync(SaiGon, null, CancellationToken.None)).Count;

        using var response = await Admin.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction(owner: owner ?? "An", due: due, criterion: criterion));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = (await Server.Services.GetRequiredService<ActionRepository>().ListAsync(SaiGon, null, CancellationToken.None)).Count;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), why);
            Assert.That(problem.GetProperty("detail").GetString() + problem.GetProperty("detailVi").GetString(), Does.Contain(mentioned));
            Assert.That(problem.GetProperty("detailVi").GetString(), Is.Not.EqualTo(problem.GetProperty("detail").GetString()));
            Assert.That(after, Is.EqualTo(before));
        }
    }

    [Test]
    public async Task EditForm_ChairChangesOwnerDueAndText_AuditedAndBadInputRefusedInWords()
    {
        using var chair = await Server.LoginAsync("chair.saigon", "user-password-123");
        using var other = await Server.LoginAsync("chair.other", "user-password-123");
        using var created = await chair.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction(owner: "Người cũ"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var url = $"/Actions/Details/{id}?handler=Edit";
        var formPage = $"/Actions/Details/{id}";
        var newDue = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        using var edited = await DashboardServer.PostFormAsync(chair, url, new() { ["text"] = "Cập nhật 21 máy trước họp", ["owner"] = "Người mới", ["dueOn"] = newDue }, formPage);
        using var pastDue = await DashboardServer.PostFormAsync(chair, url, new() { ["text"] = "x", ["owner"] = "Ai đó", ["dueOn"] = "2020-01-01" }, formPage);
        using var noOwner = await DashboardServer.PostFormAsync(chair, url, new() { ["text"] = "x", ["owner"] = " ", ["dueOn"] = newDue }, formPage);
        using var hugeText = await DashboardServer.PostFormAsync(chair, url, new() { ["text"] = new string('x', 10 * 1024 * 1024), ["owner"] = "A", ["dueOn"] = newDue }, formPage);
        using var noToken = await chair.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "y", ["owner"] = "Kẻ lạ", ["dueOn"] = newDue }));
        using var byOther = await DashboardServer.PostFormAsync(other, url, new() { ["text"] = "y", ["owner"] = "Kẻ lạ", ["dueOn"] = newDue }, "/Actions");
        using (await DashboardServer.PostFormAsync(chair, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, "/"))
        {
        }

        using var pastDueEn = await DashboardServer.PostFormAsync(chair, url, new() { ["text"] = "x", ["owner"] = "Ai đó", ["dueOn"] = "2020-01-01" }, formPage);

        var action = await Server.Services.GetRequiredService<ActionRepository>().FindAsync(id, CancellationToken.None);
        var history = await Server.Services.GetRequiredService<AuditLogRepository>().ListForSubjectAsync(ActionRepository.Subject(id), 10, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(edited.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That((action!.Owner, action.Text, action.DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Is.EqualTo(("Người mới", "Cập nhật 21 máy trước họp", newDue)));
            Assert.That(history.Count(h => h.Action == "action.update"), Is.EqualTo(1), "one audited change; the refused ones wrote nothing");
            var detail = JsonDocument.Parse(history.Single(h => h.Action == "action.update").DetailJson!).RootElement;
            Assert.That((detail.GetProperty("before").GetProperty("Owner").GetString(), detail.GetProperty("after").GetProperty("Owner").GetString()),
                Is.EqualTo(("Người cũ", "Người mới")));
            Assert.That(pastDue.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await pastDue.Content.ReadAsStringAsync(), Does.Contain("01/01/2020").And.Contain("Không có gì được lưu").IgnoreCase);
            Assert.That(await pastDueEn.Content.ReadAsStringAsync(), Does.Contain("01/01/2020").And.Contain("Nothing was stored").IgnoreCase);
            Assert.That(noOwner.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(hugeText.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(noToken.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), "antiforgery");
            Assert.That(byOther.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(byOther.Headers.Location?.ToString(), Does.Contain("/Account/AccessDenied"));
        }
    }

    [Test]
    public async Task DecidedDispute_ShowsTheClaimedFigureWithoutTheFormsOptionalLabel()
    {
        using var chair = await Server.LoginAsync("chair.saigon", "user-password-123");
        using var analyst = await Server.LoginAsync("analyst1", "user-password-123");
        // A criterion no other test disputes, whose figure is a count a chair reports (a computed share is refused).
        var criterion = new[] { "S7", "S4" }.First(c => c != _criterion);
        using var filed = await chair.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/disputes", new { criterion, period = _period, reason = "Sai số", correctedValue = "1" });
        Assert.That(filed.StatusCode, Is.EqualTo(HttpStatusCode.Created), await filed.Content.ReadAsStringAsync());
        var id = (await filed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var decided = await analyst.PostAsJsonAsync($"/api/v1/disputes/{id}/decision", new { decision = "reject", reason = "Khớp hệ thống" });

        var vi = await chair.GetStringAsync($"/Disputes/Details/{id}");
        using (await DashboardServer.PostFormAsync(chair, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, "/"))
        {
        }

        var en = await chair.GetStringAsync($"/Disputes/Details/{id}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(decided.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(vi, Does.Contain("Giá trị đúng theo khiếu nại").And.Not.Contain("không bắt buộc").And.Contain("Đã bác bỏ"));
            Assert.That(en, Does.Contain("Corrected figure claimed").And.Not.Contain("(optional)").And.Contain("Rejected"));
        }
    }

    [Test]
    public async Task TenMegabyteReason_OnThePageAndTheApi_IsRefusedInWordsNeverA500()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        using var chair = await Server.LoginAsync("chair.saigon", "user-password-123");
        var before = (await Server.Services.GetRequiredService<DisputeRepository>().ListAsync(SaiGon, null, CancellationToken.None)).Count;

        using var api = await chair.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/disputes", new { criterion = _criterion, period = _period, reason = huge });
        var url = $"/Actions/New?code={SaiGon}&criterion={_criterion}&period={_period}";
        using var page = await DashboardServer.PostFormAsync(chair, url,
            new() { ["code"] = SaiGon, ["criterion"] = _criterion, ["period"] = _period, ["text"] = "x", ["owner"] = "An", ["dueOn"] = Due, ["note"] = huge });
        var html = await page.Content.ReadAsStringAsync();

        var after = (await Server.Services.GetRequiredService<DisputeRepository>().ListAsync(SaiGon, null, CancellationToken.None)).Count;
        var actions = await Server.Services.GetRequiredService<ActionRepository>().ListAsync(SaiGon, null, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(api.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(await api.Content.ReadAsStringAsync(), Does.Contain("4000").And.Contain("reason"));
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("Ghi chú dài tối đa 2000 ký tự"));
            Assert.That(after, Is.EqualTo(before));
            Assert.That(actions.Where(a => a.Text == "x"), Is.Empty);
        }
    }

    [Test]
    public async Task HostileText_IsShownAsTextAndExportedAsText()
    {
        using var chair = await Server.LoginAsync("chair.saigon", "user-password-123");
        using var created = await chair.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions",
            new { criterion = _criterion, period = _period, text = "<script>alert(1)</script> =HYPERLINK(\"http://x\")", owner = "An", dueOn = Due });

        var list = await chair.GetStringAsync($"/Actions?unit={SaiGon}");
        using var export = await chair.GetAsync($"/Actions?handler=Export&unit={SaiGon}");
        var bytes = await export.Content.ReadAsByteArrayAsync();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(list, Does.Not.Contain("<script>alert(1)</script>").And.Contain("&lt;script&gt;"));
            Assert.That(export.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
            Assert.That(bytes.Take(2), Is.EqualTo("PK"u8.ToArray()));
        }
    }

    [Test]
    public async Task Overview_AndCommunePage_ShowTheActions()
    {
        using var analyst = await Server.LoginAsync("analyst1", "user-password-123");
        using var created = await analyst.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction(owner: "Phó Chủ tịch"));

        var overview = await analyst.GetStringAsync("/");
        var commune = await analyst.GetStringAsync($"/Communes/Details/{SaiGon}?period={_period}");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(overview, Does.Contain("id=\"overview-actions\""));
            Assert.That(commune, Does.Contain("id=\"unit-actions\"").And.Contain("Phó Chủ tịch").And.Contain("class=\"create-action\""));
        }
    }

    [Test]
    public async Task OverviewCounts_AreCached_YetFollowEveryActionWriteAtOnce()
    {
        using var analyst = await Server.LoginAsync("analyst1", "user-password-123");
        var before = OpenCount(await analyst.GetStringAsync("/"));
        var again = OpenCount(await analyst.GetStringAsync("/"));

        using var created = await analyst.PostAsJsonAsync($"/api/v1/communes/{SaiGon}/actions", NewAction());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        var afterCreate = OpenCount(await analyst.GetStringAsync("/"));
        using var cancelled = await analyst.PatchAsJsonAsync($"/api/v1/actions/{id}", new { status = "cancelled", reason = "Trùng việc khác" });
        var afterCancel = OpenCount(await analyst.GetStringAsync("/"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(again, Is.EqualTo(before));
            Assert.That(cancelled.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(afterCreate, Is.EqualTo(before + 1));
            Assert.That(afterCancel, Is.EqualTo(before));
        }
    }

    private static int OpenCount(string overview) => int.Parse(
        System.Text.RegularExpressions.Regex.Match(overview, "data-status=\"open\">[^<]*<strong>([0-9]+)</strong>").Groups[1].Value,
        System.Globalization.CultureInfo.InvariantCulture);
}
