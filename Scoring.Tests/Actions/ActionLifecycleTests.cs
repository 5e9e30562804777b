using DashboardKpi.Ingest.Jobs.Actions;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Actions;
using DashboardKpi.Ingest.Jobs.Storage.Disputes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Actions;

/// <summary>
/// Issue 23 against real imports and rescoring: an action made while a criterion is red is verified by the later
/// period whose data turns it green; overdue follows the clock; disputes end in an audited correction that stands.
/// </summary>
public sealed class ActionLifecycleTests
{
    private static readonly MovableClock Clock = new(new DateTimeOffset(2026, 1, 10, 3, 0, 0, TimeSpan.Zero));
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await IngestHost.StartAsync(
        new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" },
        services => services.AddSingleton<TimeProvider>(Clock));

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private async Task ImportAsync(string commune, string period, string value)
    {
        var name = $"{commune}-{period}-{Guid.NewGuid():N}.csv";
        await _host.Get<IndicatorImporter>().ImportFileAsync(
            ReportFiles.WriteCsv(_host.Folder, name, [ReportFiles.LongHeader, $"{commune},{period},AV_UPDATED_MACHINES,{value}"]), name, "file", "test", CancellationToken.None);
        await _host.Get<Rescorer>().RescoreAsync([Scoring.Engine.Model.Period.Parse(period)], CancellationToken.None);
    }

    private static string Due(int days) => Clock.GetUtcNow().AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Test]
    public async Task Action_RedInAugustGreenInSeptember_IsVerifiedWithSeptemberAndItsValue()
    {
        await ImportAsync("25777", "2025-08", "17/40");
        var created = await _host.Get<ActionService>().CreateAsync(
            new NewActionInput("25777", "C7", "2025-08", null, "Nguyễn Văn A", Due(30), "họp tuần"), "chair1", CancellationToken.None);

        await ImportAsync("25777", "2025-09", "39/40");

        var action = await _host.Get<ActionRepository>().FindAsync(created.Value!.Id, CancellationToken.None);
        var audit = await _host.Get<AuditLogRepository>().ListForSubjectAsync(ActionRepository.Subject(action!.Id), 10, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Value.Text, Does.Contain("21").And.Contain("xanh"), "prefilled with the criterion's action and its amount");
            Assert.That(created.Value.Status, Is.EqualTo(ActionStatus.Open));
            Assert.That(action.Status, Is.EqualTo(ActionStatus.Verified));
            Assert.That(action.VerifiedPeriod, Is.EqualTo(new Period(2025, 9)));
            Assert.That(action.VerifiedValue, Is.EqualTo(97.5m));
            Assert.That(audit.Select(a => (a.Action, a.UserName)), Is.EquivalentTo(new[] { ("action.create", "chair1"), ("action.verify", "system") }));
        }
    }

    [Test]
    public async Task Action_StillRedLater_StaysOpenAndBecomesOverdueWhenTheClockPassesItsDate()
    {
        await ImportAsync("25780", "2025-08", "10/40");
        var created = (await _host.Get<ActionService>().CreateAsync(
            new NewActionInput("25780", "C7", "2025-08", "Cập nhật 30 máy", "Trần B", Due(2), null), "analyst", CancellationToken.None)).Value!;
        await ImportAsync("25780", "2025-09", "12/40");

        var before = ActionStatus.Shown((await _host.Get<ActionRepository>().FindAsync(created.Id, CancellationToken.None))!, VietnamTime.Today(Clock));
        var savedNow = Clock.Now;
        Clock.Advance(TimeSpan.FromDays(3));
        var after = ActionStatus.Shown((await _host.Get<ActionRepository>().FindAsync(created.Id, CancellationToken.None))!, VietnamTime.Today(Clock));
        Clock.Now = savedNow;

        Assert.That((before, after), Is.EqualTo((ActionStatus.Open, ActionStatus.Overdue)));
    }

    [Test]
    public async Task Cancel_NeedsAnAnalystAndAReason_AndACancelledActionNeverChangesAgain()
    {
        await ImportAsync("25807", "2025-08", "10/40");
        var service = _host.Get<ActionService>();
        var id = (await service.CreateAsync(new NewActionInput("25807", "C7", "2025-08", null, "Lê C", Due(10), null), "chair", CancellationToken.None)).Value!.Id;

        var byChair = await service.ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.Cancelled, "không cần"), "chair", mayCancel: false, CancellationToken.None);
        var noReason = await service.ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.Cancelled, " "), "analyst", mayCancel: true, CancellationToken.None);
        var cancelled = await service.ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.Cancelled, "Trùng với việc số 1"), "analyst", mayCancel: true, CancellationToken.None);
        var again = await service.ChangeAsync(id, new ActionChange(null, "Người khác", null, null, null, null), "analyst", mayCancel: true, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(byChair.Error?.Code, Is.EqualTo("cancel.notAllowed"));
            Assert.That(noReason.Error?.Code, Is.EqualTo("reason.missing"));
            Assert.That((cancelled.Value?.Status, cancelled.Value?.CancelReason), Is.EqualTo((ActionStatus.Cancelled, "Trùng với việc số 1")));
            Assert.That(again.Error?.Code, Is.EqualTo("action.closed"));
        }
    }

    [Test]
    public async Task MarkDone_WaitsForData_AndOnlyTheDataClosesIt()
    {
        await ImportAsync("25813", "2025-08", "10/40");
        var service = _host.Get<ActionService>();
        var id = (await service.CreateAsync(new NewActionInput("25813", "C7", "2025-08", null, "Phạm D", Due(10), null), "chair", CancellationToken.None)).Value!.Id;

        var waiting = await service.ChangeAsync(id, new ActionChange(null, null, null, null, ActionStatus.WaitingForData, null), "chair", false, CancellationToken.None);
        await ImportAsync("25813", "2025-09", "40/40");

        var action = await _host.Get<ActionRepository>().FindAsync(id, CancellationToken.None);
        Assert.That((waiting.Value?.Status, action!.Status, action.VerifiedPeriod), Is.EqualTo((ActionStatus.WaitingForData, ActionStatus.Verified, (Period?)new Period(2025, 9))));
    }

    [TestCase("C99", "2099-01-01", "a", "criterion.unknown")]
    [TestCase("C7", "2025-12-31", "a", "due.past")]
    [TestCase("C7", "31/13/2026", "a", "due.invalid")]
    [TestCase("C7", "2026-03-01", "", "owner.missing")]
    [TestCase("C7", "2026-03-01", "bad\u0000owner", "owner.controlChars")]
    public async Task Create_BadInput_IsRefusedWithItsCodeAndStoresNothing(string criterion, string due, string owner, string code)
    {
        await ImportAsync("25819", "2025-08", "10/40");
        var before = await _host.Get<ActionRepository>().ListAsync("25819", null, CancellationToken.None);

        var result = await _host.Get<ActionService>().CreateAsync(new NewActionInput("25819", criterion, "2025-08", null, owner, due, null), "chair", CancellationToken.None);

        var after = await _host.Get<ActionRepository>().ListAsync("25819", null, CancellationToken.None);
        Assert.That((result.Error?.Code, after.Count), Is.EqualTo((code, before.Count)));
    }

    [Test]
    public async Task Create_TenMegabyteNote_IsRefusedAndStoresNothing()
    {
        await ImportAsync("25792", "2025-08", "10/40");

        var result = await _host.Get<ActionService>().CreateAsync(
            new NewActionInput("25792", "C7", "2025-08", null, "An", Due(5), new string('x', 10 * 1024 * 1024)), "chair", CancellationToken.None);

        var stored = await _host.Get<ActionRepository>().ListAsync("25792", null, CancellationToken.None);
        Assert.That((result.Error?.Code, stored.Count), Is.EqualTo(("note.tooLong", 0)));
    }

    [Test]
    public async Task Dispute_Accepted_GoesInAsACorrectionRevision_RescoresAndStands()
    {
        await ImportAsync("25822", "2025-10", "17/40");
        var before = await _host.Get<RatingSnapshotRepository>().FindLatestAsync("25822", new Period(2025, 10), CancellationToken.None);
        var disputes = _host.Get<DisputeService>();
        var filed = await disputes.FileAsync(new NewDisputeInput("25822", "C7", "2025-10", "Số máy đúng là 39/40, biên bản kèm theo", "39/40", "bien-ban.pdf", [1, 2, 3]), "chair", CancellationToken.None);

        var accepted = await disputes.DecideAsync(filed.Value!.Id, new DisputeDecision(true, "Đúng theo biên bản", null), "steward", CancellationToken.None);
        await _host.Get<Rescorer>().RescoreAsync([new Period(2025, 10)], CancellationToken.None);
        var after = await _host.Get<RatingSnapshotRepository>().FindLatestAsync("25822", new Period(2025, 10), CancellationToken.None);
        var revisions = await _host.Get<IndicatorRepository>().ListRevisionsAsync(new IndicatorKey("25822", "AV_UPDATED_MACHINES", new Period(2025, 10), "file"), CancellationToken.None);
        var correction = await _host.Get<IndicatorRepository>().FindAsync(new IndicatorKey("25822", "AV_UPDATED_MACHINES", new Period(2025, 10), CommuneInputs.CorrectionSource), CancellationToken.None);
        var oldAgain = await _host.Get<RatingReproducer>().ReproduceAsync(before!, CancellationToken.None);
        var newAgain = await _host.Get<RatingReproducer>().ReproduceAsync(after!, CancellationToken.None);

        var name = $"late-{Guid.NewGuid():N}.csv";
        var late = await _host.Get<IndicatorImporter>().ImportFileAsync(
            ReportFiles.WriteCsv(_host.Folder, name, [ReportFiles.LongHeader, "25822,2025-10,AV_UPDATED_MACHINES,20/40"]), name, "file", "test", CancellationToken.None);
        var quarantined = await _host.Get<IngestRunRepository>().ListQuarantinedRowsAsync(late.RunId, 0, 10, CancellationToken.None);
        var twice = await disputes.DecideAsync(filed.Value.Id, new DisputeDecision(false, "đổi ý", null), "analyst", CancellationToken.None);
        var audit = await _host.Get<AuditLogRepository>().ListForSubjectAsync(DisputeRepository.Subject(filed.Value.Id), 10, CancellationToken.None);
        var file = await _host.Get<DisputeRepository>().FindFileAsync(filed.Value.Id, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(accepted.Value?.Status, Is.EqualTo(DisputeStatus.Accepted));
            Assert.That(accepted.Value?.AcceptedValue, Is.EqualTo("39/40"));
            Assert.That((correction?.Part, correction?.Whole), Is.EqualTo(((decimal?)39m, (decimal?)40m)));
            Assert.That(revisions.Single().Part, Is.EqualTo(17m), "the earlier value stays readable");
            Assert.That((before!.Criteria.Single(c => c.CriterionCode == "C7").Rating, after!.Criteria.Single(c => c.CriterionCode == "C7").Rating),
                Is.EqualTo((RatingColour.Red, RatingColour.Green)));
            Assert.That(after.DataSnapshotId, Is.GreaterThan(before.DataSnapshotId));
            Assert.That((oldAgain.Identical, newAgain.Identical), Is.EqualTo((true, true)));
            Assert.That(late.QuarantinedCount, Is.EqualTo(1));
            Assert.That(quarantined.Single().ReasonCode, Is.EqualTo("value.corrected"));
            Assert.That(quarantined.Single().MessageEn, Does.Contain("file a dispute to change it"));
            Assert.That(twice.Error?.Code, Is.EqualTo("dispute.decided"));
            Assert.That(audit.Select(a => a.Action), Is.EquivalentTo(new[] { "dispute.file", "dispute.accept" }));
            Assert.That(file, Is.EqualTo(new byte[] { 1, 2, 3 }));
        }
    }

    [Test]
    public async Task Dispute_AcceptWhoseDecisionCannotBeWritten_StoresNoCorrectionAndStaysOpen()
    {
        await ImportAsync("25747", "2025-10", "17/40");
        var disputes = _host.Get<DisputeService>();
        var filed = (await disputes.FileAsync(new NewDisputeInput("25747", "C7", "2025-10", "Đúng là 39/40", "39/40", null, null), "chair", CancellationToken.None)).Value!;
        var key = new IndicatorKey("25747", "AV_UPDATED_MACHINES", new Period(2025, 10), CommuneInputs.CorrectionSource);
        // A real failure after the value is written: SQLite refuses the decision's UPDATE for this unit only.
        await ExecuteAsync("CREATE TRIGGER FailDecision25747 BEFORE UPDATE ON Dispute WHEN NEW.CommuneCode = '25747' BEGIN SELECT RAISE(ABORT, 'injected'); END");

        Exception? failure = null;
        try
        {
            await disputes.DecideAsync(filed.Id, new DisputeDecision(true, "Đúng", null), "steward", CancellationToken.None);
        }
        catch (Microsoft.Data.Sqlite.SqliteException exception)
        {
            failure = exception;
        }

        var correctionAfterFailure = await _host.Get<IndicatorRepository>().FindAsync(key, CancellationToken.None);
        var disputeAfterFailure = await _host.Get<DisputeRepository>().FindAsync(filed.Id, CancellationToken.None);
        var auditAfterFailure = await _host.Get<AuditLogRepository>().ListForSubjectAsync(DisputeRepository.Subject(filed.Id), 10, CancellationToken.None);
        var runs = await _host.Get<IngestRunRepository>().ListRecentAsync(5, CancellationToken.None);
        await ExecuteAsync("DROP TRIGGER FailDecision25747");
        var retried = await disputes.DecideAsync(filed.Id, new DisputeDecision(true, "Đúng", null), "steward", CancellationToken.None);
        var correction = await _host.Get<IndicatorRepository>().FindAsync(key, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failure?.Message, Does.Contain("injected"));
            Assert.That(correctionAfterFailure, Is.Null, "the correction was rolled back with the decision");
            Assert.That(disputeAfterFailure?.Status, Is.EqualTo(DisputeStatus.Open));
            Assert.That(auditAfterFailure.Select(a => a.Action), Is.EqualTo(new[] { "dispute.file" }));
            Assert.That(runs.First(r => r.Source == CommuneInputs.CorrectionSource).Status, Is.EqualTo(IngestRunStatus.Failed), "the run does not look alive");
            Assert.That(retried.Value?.Status, Is.EqualTo(DisputeStatus.Accepted));
            Assert.That((correction?.Part, retried.Value?.CorrectionRunId), Is.EqualTo(((decimal?)39m, (long?)correction?.RunId)));
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = await _host.Get<DashboardKpi.Ingest.Jobs.Storage.DbConnectionFactory>().OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    [Test]
    public async Task Dispute_Rejected_KeepsTheValueAndTellsTheChairWhy()
    {
        await ImportAsync("25837", "2025-10", "17/40");
        var disputes = _host.Get<DisputeService>();
        var filed = await disputes.FileAsync(new NewDisputeInput("25837", "C7", "2025-10", "Sai số liệu", null, null, null), "chair", CancellationToken.None);

        var noReason = await disputes.DecideAsync(filed.Value!.Id, new DisputeDecision(false, null, null), "analyst", CancellationToken.None);
        var rejected = await disputes.DecideAsync(filed.Value.Id, new DisputeDecision(false, "Biên bản không khớp với hệ thống", null), "analyst", CancellationToken.None);

        var correction = await _host.Get<IndicatorRepository>().FindAsync(new IndicatorKey("25837", "AV_UPDATED_MACHINES", new Period(2025, 10), CommuneInputs.CorrectionSource), CancellationToken.None);
        var stored = await _host.Get<DisputeRepository>().FindAsync(filed.Value.Id, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(noReason.Error?.Code, Is.EqualTo("reason.missing"));
            Assert.That((stored!.Status, stored.DecisionReason), Is.EqualTo((DisputeStatus.Rejected, "Biên bản không khớp với hệ thống")));
            Assert.That(correction, Is.Null);
        }
    }

    [TestCase("C7", "abc", "value.invalid")]
    [TestCase("C99", null, "criterion.unknown")]
    public async Task Dispute_BadInput_IsRefusedAndStoresNothing(string criterion, string? value, string code)
    {
        await ImportAsync("25840", "2025-10", "17/40");

        var result = await _host.Get<DisputeService>().FileAsync(new NewDisputeInput("25840", criterion, "2025-10", "lý do", value, null, null), "chair", CancellationToken.None);

        var stored = await _host.Get<DisputeRepository>().ListAsync("25840", null, CancellationToken.None);
        Assert.That((result.Error?.Code, stored.Count), Is.EqualTo((code, 0)));
    }
}
