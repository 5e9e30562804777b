using System.Globalization;
using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Notifications;

/// <summary>
/// Issue 29 against a real SMTP server on loopback: each event reaches the right people once, in their language, with
/// the link; opt-out keeps the email away but not the in-app entry; the outbox survives a restart without repeats.
/// </summary>
[NonParallelizable]
public sealed class NotificationTests
{
    private static readonly MovableClock Clock = new(new DateTimeOffset(2026, 1, 10, 3, 0, 0, TimeSpan.Zero));
    private LoopbackSmtp _smtp = null!;
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _smtp = new LoopbackSmtp();
        _host = await StartHostAsync(null);
        await UserAsync("chair.nt", UserRoles.Chair, "26740", "chair.nt@example.vn", "vi");
        await UserAsync("steward.nt", UserRoles.Steward, null, "steward.nt@example.vn", "vi");
        await UserAsync("analyst.nt", UserRoles.Analyst, null, "analyst.nt@example.vn", "en");
        var quiet = await UserAsync("analyst.quiet", UserRoles.Analyst, null, "quiet@example.vn", "vi");
        await _host.Get<AccountSettingRepository>().SaveOptOutsAsync(quiet, [NotificationKinds.DisputeFiled], CancellationToken.None);
        await UserAsync("committee.nt", UserRoles.Committee, null, "committee.nt@example.vn", "en");
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        _smtp.Dispose();
    }

    [SetUp]
    public async Task DrainAsync()
    {
        await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);
        _smtp.Clear();
    }

    private Task<IngestHost> StartHostAsync(string? folder) =>
        IngestHost.StartAsync(_smtp.Settings(), services => services.AddSingleton<TimeProvider>(Clock), folder);

    private async Task<long> UserAsync(string name, string role, string? commune, string email, string language)
    {
        var id = await _host.Get<UserRepository>().InsertAsync(new NewAppUser
        {
            UserName = name, PasswordHash = LoginService.Hash("user-password-123"), Role = role, CommuneCode = commune, CreatedAt = Clock.GetUtcNow(),
        }, CancellationToken.None);
        await _host.Get<AccountSettingRepository>().SaveAsync(new AccountSetting { UserId = id, Email = email, Language = language, UpdatedAt = Clock.GetUtcNow() }, CancellationToken.None);
        return id;
    }

    private async Task ImportAsync(string commune, string period, string value)
    {
        var name = $"{commune}-{period}-{Guid.NewGuid():N}.csv";
        await _host.Get<IndicatorImporter>().ImportFileAsync(
            ReportFiles.WriteCsv(_host.Folder, name, [ReportFiles.LongHeader, $"{commune},{period},AV_UPDATED_MACHINES,{value}"]), name, "file", "test", CancellationToken.None);
        await _host.Get<Rescorer>().RescoreAsync([Scoring.Engine.Model.Period.Parse(period)], CancellationToken.None);
    }

    private async Task<IReadOnlyList<UserNotification>> InAppAsync(string userName) =>
        await _host.Get<NotificationRepository>().ListAsync((await _host.Get<UserRepository>().FindByUserNameAsync(userName, CancellationToken.None))!.Id, 100, CancellationToken.None);

    [Test]
    public async Task DisputeFiledAndDecided_EmailsTheRightPeopleOnceEachInTheirLanguage_OptOutKeepsOnlyTheInAppEntry()
    {
        await ImportAsync("26740", "2025-08", "17/40");
        await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None); // a colour change of the import, if any
        _smtp.Clear();
        var disputes = _host.Get<DisputeService>();
        var filed = (await disputes.FileAsync(new NewDisputeInput("26740", "C7", "2025-08", "Số máy đúng là 39/40", "39/40", null, null), "chair.nt", CancellationToken.None)).Value!;

        var sentFiled = await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);
        var filedMail = _smtp.Messages;
        _smtp.Clear();
        await disputes.DecideAsync(filed.Id, new DisputeDecision(false, "Số liệu khớp biên bản", null), "steward.nt", CancellationToken.None);
        var sentDecided = await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);
        var decidedMail = _smtp.Messages;
        var again = await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);
        var quietInApp = await InAppAsync("analyst.quiet");

        var link = "https://dashboard.example.gov.vn/Disputes/Details/" + filed.Id.ToString(CultureInfo.InvariantCulture);
        var byAddress = filedMail.ToDictionary(m => m.To.Mailboxes.Single().Address);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((sentFiled, sentDecided, again), Is.EqualTo((2, 1, 0)));
            Assert.That(byAddress.Keys, Is.EquivalentTo(new[] { "steward.nt@example.vn", "analyst.nt@example.vn" }), "analysts and stewards, not the one who opted out");
            Assert.That(byAddress["steward.nt@example.vn"].Subject, Does.StartWith("[Bảng điều hành] Khiếu nại mới"));
            Assert.That(byAddress["steward.nt@example.vn"].TextBody, Does.Contain("chờ quyết định").And.Contain(link));
            Assert.That(byAddress["analyst.nt@example.vn"].Subject, Does.StartWith("[Dashboard] New dispute"));
            Assert.That(byAddress["analyst.nt@example.vn"].TextBody, Does.Contain("awaits a decision").And.Contain(link));
            Assert.That(decidedMail.Single().To.Mailboxes.Single().Address, Is.EqualTo("chair.nt@example.vn"));
            Assert.That(decidedMail.Single().TextBody, Does.Contain("bị bác bỏ").And.Contain("Số liệu khớp biên bản").And.Contain(link));
            Assert.That(quietInApp.Select(n => n.Kind), Does.Contain(NotificationKinds.DisputeFiled), "opted out of the email, not of the list");
        }
    }

    [Test]
    public async Task Outbox_RestartMidSend_SendsEveryMessageExactlyOnce()
    {
        var writer = _host.Get<NotificationWriter>();
        for (var i = 0; i < 5; i++)
        {
            await writer.AddAsync(new NotificationEvent(NotificationKinds.MonthlyDigest, $"restart-test:{i}", "/", ["", $"0{i + 1}/2025", i, 0, 0, 0, 0])
            {
                Roles = [UserRoles.Committee],
            }, CancellationToken.None);
        }

        using var stop = new CancellationTokenSource();
        void StopAfterTwo(int count)
        {
            if (count >= 2)
            {
                stop.Cancel();
            }
        }

        _smtp.Received += StopAfterTwo;
        var firstRun = 0;
        try
        {
            firstRun = await _host.Get<OutboxSender>().SendPendingAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
            // the shutdown came while the next message was being claimed
        }

        _smtp.Received -= StopAfterTwo;
        var afterFirstRun = _smtp.Messages.Count;
        var folder = _host.Folder;
        await _host.StopKeepingFilesAsync();
        Clock.Advance(TimeSpan.FromMinutes(6)); // past any claim the stopped process held
        _host = await StartHostAsync(folder);
        var secondRun = await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);
        var thirdRun = await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);

        var ids = _smtp.Messages.Select(m => m.MessageId).ToList();
        var outbox = await _host.Get<NotificationRepository>().ListOutboxAsync(CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(afterFirstRun, Is.InRange(2, 4), "the first process stopped part-way");
            Assert.That(ids, Has.Count.EqualTo(5).And.Unique, "every message once, none twice");
            Assert.That(firstRun + secondRun, Is.LessThanOrEqualTo(5));
            Assert.That(thirdRun, Is.Zero);
            Assert.That(outbox.Where(o => (o.Subject ?? "").Contains("Digest", StringComparison.Ordinal)), Has.All.Matches<OutboxMessage>(o => o?.SentAt != null));
            Assert.That(_smtp.Messages.Select(m => m.Subject), Has.All.StartWith("[Dashboard] Digest for"), "the committee member reads English");
        }
    }

    [Test]
    public async Task Daily_RemindsBeforeTheDueDate_ThenOverdue_AndTheDigestOnce_NeverTwice()
    {
        await ImportAsync("26740", "2025-12", "10/40");
        var action = (await _host.Get<ActionService>().CreateAsync(
            new NewActionInput("26740", "C7", "2025-12", "Cập nhật 30 máy", "Trần B", Clock.GetUtcNow().AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null),
            "chair.nt", CancellationToken.None)).Value!;
        var daily = _host.Get<ScheduledNotifications>();

        await daily.RunAsync(CancellationToken.None);
        await daily.RunAsync(CancellationToken.None);
        var saved = Clock.Now;
        Clock.Advance(TimeSpan.FromDays(3));
        await daily.RunAsync(CancellationToken.None);
        Clock.Now = saved;
        await _host.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);

        var chair = (await InAppAsync("chair.nt")).Where(n => n.Link == "/Actions/Details/" + action.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var digests = (await InAppAsync("committee.nt")).Where(n => n.Kind == NotificationKinds.MonthlyDigest && n.Link.Contains("2025-12", StringComparison.Ordinal)).ToList();
        var mail = _smtp.Messages;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(chair.Select(n => n.Kind), Is.EquivalentTo(new[] { NotificationKinds.ActionDueSoon, NotificationKinds.ActionOverdue }));
            Assert.That(digests, Has.Count.EqualTo(1), "period 2025-12 closed on 5 January: one digest however often the job runs");
            Assert.That(digests.Single().TextEn, Does.StartWith("12/2025 has closed"));
            Assert.That(mail.Count(m => (m.Subject ?? "").Contains("Sắp đến hạn", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(mail.Count(m => (m.Subject ?? "").Contains("Quá hạn", StringComparison.Ordinal)), Is.EqualTo(1));
            Assert.That(mail.Count(m => (m.Subject ?? "").StartsWith("[Dashboard] Digest for 12/2025", StringComparison.Ordinal)), Is.EqualTo(1));
        }
    }

    [Test]
    public async Task EmailOff_EventsStillReachTheListAndNoOutboxRowIsWritten()
    {
        await using var off = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        var id = await off.Get<UserRepository>().InsertAsync(new NewAppUser
        {
            UserName = "steward.off", PasswordHash = LoginService.Hash("user-password-123"), Role = UserRoles.Steward, CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        await off.Get<AccountSettingRepository>().SaveAsync(new AccountSetting { UserId = id, Email = "off@example.vn", Language = "vi", UpdatedAt = DateTimeOffset.UtcNow }, CancellationToken.None);

        var added = await off.Get<NotificationWriter>().AddAsync(new NotificationEvent(NotificationKinds.DisputeFiled, "off:1", "/Disputes", ["C7", "08/2025", "x"])
        {
            Roles = [UserRoles.Steward], CommuneCode = "26740",
        }, CancellationToken.None);

        var list = await off.Get<NotificationRepository>().ListAsync(id, 10, CancellationToken.None);
        var outbox = await off.Get<NotificationRepository>().ListOutboxAsync(CancellationToken.None);
        var sent = await off.Get<OutboxSender>().SendPendingAsync(CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(added, Is.EqualTo(1));
            Assert.That(list.Single().TextVi, Does.Contain("khiếu nại mới"));
            Assert.That(outbox, Is.Empty);
            Assert.That(sent, Is.Zero);
        }
    }

    [Test]
    public async Task CountUnread_ByUserName_CountsAsByIdInOneQuery_UnknownNameNone()
    {
        // The header's bell counts by the signed-in name (one query per page instead of two: issue 22).
        await using var host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        var id = await host.Get<UserRepository>().InsertAsync(new NewAppUser
        {
            UserName = "steward.count", PasswordHash = LoginService.Hash("user-password-123"), Role = UserRoles.Steward, CreatedAt = DateTimeOffset.UtcNow,
        }, CancellationToken.None);
        foreach (var key in new[] { "count:1", "count:2" })
        {
            await host.Get<NotificationWriter>().AddAsync(new NotificationEvent(NotificationKinds.DisputeFiled, key, "/Disputes", ["C7", "08/2025", "x"])
            {
                Roles = [UserRoles.Steward], CommuneCode = "26740",
            }, CancellationToken.None);
        }

        var notifications = host.Get<NotificationRepository>();
        var byId = await notifications.CountUnreadAsync(id, CancellationToken.None);
        var byName = await notifications.CountUnreadAsync(" Steward.Count ", CancellationToken.None);
        var unknown = await notifications.CountUnreadAsync("nobody.count", CancellationToken.None);
        await notifications.MarkReadAsync(id, null, DateTimeOffset.UtcNow, CancellationToken.None);
        var afterRead = await notifications.CountUnreadAsync("steward.count", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byId, Is.EqualTo(2));
            Assert.That(byName, Is.EqualTo(byId), "the name is matched as login matches it (trimmed, any case)");
            Assert.That(unknown, Is.Zero);
            Assert.That(afterRead, Is.Zero);
        }
    }
}
