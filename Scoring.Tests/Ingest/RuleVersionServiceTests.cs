using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>Drafts, validation, golden cases, diff, what-if and atomic, audited publishing on a real database.</summary>
public class RuleVersionServiceTests
{
    private IngestHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _host = await IngestHost.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        var path = ReportFiles.WriteCsv(_host.Folder, "sim.csv", [ReportFiles.LongHeader,
            "25747,2025-07,AV_UPDATED_MACHINES,17/40",     // red under the shipped 80 % yellow cut
            "25750,2025-07,AV_UPDATED_MACHINES,34/40"]);   // 85 %: yellow under 95/80
        await _host.Get<IndicatorImporter>().ImportFileAsync(path, "sim.csv", "file", "test", CancellationToken.None);
    }

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    private RuleVersionService Versions => _host.Get<RuleVersionService>();

    private static string Edited(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }

    /// <summary>A draft of the version in force that states where every number comes from, as publishing requires.</summary>
    private async Task<RuleSetVersion> PublishableDraftAsync()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        await Versions.SaveDraftAsync(draft.Version, PublishableRules.Complete(draft.JsonText), CancellationToken.None);
        return (await Versions.FindAsync(draft.Version, CancellationToken.None))!;
    }

    [Test]
    public async Task Publish_DraftThatDoesNotStateItsBases_IsRefusedAtTheFieldPaths()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        await Versions.SaveDraftAsync(draft.Version, Edited(draft.JsonText, n =>
        {
            n["criteria"]![7]!["threshold"]!.AsObject().Remove("rationale");
            n["aggregation"]!.AsObject().Remove("basis");
        }), CancellationToken.None);

        var publish = await Versions.PublishAsync(draft.Version, "admin", republishHistory: true, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(publish.Published, Is.False);
            Assert.That(publish.Errors.Select(e => (e.Path, e.Code)), Does.Contain(("$.criteria[7].threshold.rationale", "publish.rationaleMissing"))
                .And.Contain(("$.aggregation.basis", "publish.aggregationBasisMissing")));
            Assert.That(publish.RefusalEn, Does.Contain("cannot be published"));
            Assert.That((await Versions.FindAsync(draft.Version, CancellationToken.None))!.Status, Is.EqualTo(RuleSetStatus.Draft));
        }
    }

    [Test]
    public async Task Draft_FromTheVersionInForce_IsNumberedNextAndSaysSoInItsText()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);

        Assert.That((draft.Status, draft.Author), Is.EqualTo((RuleSetStatus.Draft, "analyst")));
        Assert.That(draft.Version, Is.GreaterThanOrEqualTo(2));
        Assert.That(JsonNode.Parse(draft.JsonText)!["version"]!.GetValue<int>(), Is.EqualTo(draft.Version));
    }

    [Test]
    public async Task BrokenDraft_IsSavedWithItsErrors_ButNeverPublished()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        var broken = Edited(draft.JsonText, n => n["criteria"]![7]!["threshold"]!["yellow"] = 99);

        var (saved, errors) = await Versions.SaveDraftAsync(draft.Version, broken, CancellationToken.None);
        var publish = await Versions.PublishAsync(draft.Version, "admin", republishHistory: true, CancellationToken.None);

        Assert.That(saved, Is.True);
        Assert.That(errors.Select(e => (e.Path, e.Code)), Does.Contain(("$.criteria[7].threshold.yellow", "threshold.yellowWrongSide")));
        Assert.That((publish.Published, publish.Errors.Count > 0), Is.EqualTo((false, true)));
        Assert.That((await Versions.FindAsync(draft.Version, CancellationToken.None))!.Status, Is.EqualTo(RuleSetStatus.Draft));
    }

    [Test]
    public async Task DraftWithAFailingGoldenCase_IsNotPublished()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        await Versions.SaveDraftAsync(draft.Version, PublishableRules.Complete(Edited(draft.JsonText, n => n["criteria"]![7]!["threshold"]!["yellow"] = 40)), CancellationToken.None);

        var publish = await Versions.PublishAsync(draft.Version, "admin", republishHistory: true, CancellationToken.None);

        Assert.That(publish.Published, Is.False);
        Assert.That(publish.FailingCases.Select(c => c.Name), Has.Some.StartsWith("Xã Chí Minh"));
    }

    [Test]
    public async Task Publish_EffectiveBeforeThisMonth_NeedsAnExplicitRepublish_WhichIsAudited()
    {
        var draft = await PublishableDraftAsync();

        var refused = await Versions.PublishAsync(draft.Version, "admin", republishHistory: false, CancellationToken.None);
        var republished = await Versions.PublishAsync(draft.Version, "admin", republishHistory: true, CancellationToken.None);

        var audit = (await _host.Get<AuditLogRepository>().ListRecentAsync(10, CancellationToken.None)).First();
        Assert.That((refused.Published, refused.RefusalEn), Is.EqualTo((false, "Effective from 2025-07, before the current month: publishing would re-rate published periods. An admin must confirm re-publishing history.")));
        Assert.That((republished.Published, republished.RescoreJobId is not null, republished.RescoredPeriods[0]), Is.EqualTo((true, true, new Period(2025, 7))));
        Assert.That((audit.Action, audit.UserName, audit.Subject), Is.EqualTo(("ruleset.republish", "admin", $"ruleset:hcmc-plan02-commune:v{draft.Version}")));
        Assert.That(audit.AfterSha256, Is.EqualTo(draft.Sha256));
        Assert.That(audit.BeforeSha256, Is.Not.Null.And.Not.EqualTo(draft.Sha256));
    }

    [Test]
    public async Task Publish_FromNextMonth_LeavesEarlierPeriodsOnTheirVersion()
    {
        var next = Period.Of(DateOnly.FromDateTime(DateTime.UtcNow)).AddMonths(1).ToString();
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        await Versions.SaveDraftAsync(draft.Version, PublishableRules.Complete(Edited(draft.JsonText, n => n["effectiveFrom"] = next)), CancellationToken.None);
        var julyBefore = await _host.Get<ActiveRules>().FindForPeriodAsync(new Period(2025, 7), CancellationToken.None);

        var result = await Versions.PublishAsync(draft.Version, "admin", republishHistory: false, CancellationToken.None);

        var julyAfter = await _host.Get<ActiveRules>().FindForPeriodAsync(new Period(2025, 7), CancellationToken.None);
        var nextVersion = await _host.Get<ActiveRules>().FindForPeriodAsync(Scoring.Engine.Model.Period.Parse(next), CancellationToken.None);
        Assert.That(result.Published, Is.True);
        Assert.That(result.RescoredPeriods.Where(p => p < Scoring.Engine.Model.Period.Parse(next)), Is.Empty, "nothing before the effective-from is re-rated");
        Assert.That(julyAfter!.Value.Version.Version, Is.EqualTo(julyBefore!.Value.Version.Version));
        Assert.That(nextVersion!.Value.Version.Version, Is.EqualTo(draft.Version));
    }

    [Test]
    public async Task Publish_FailingHalfWay_LeavesTheDraftADraft()
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        var badAudit = new AuditEntry { At = DateTimeOffset.UtcNow, UserName = null!, Action = "ruleset.publish", Subject = "x" };

        Assert.That(async () => await _host.Get<RuleSetRepository>().PublishAsync("hcmc-plan02-commune", draft.Version, "admin", DateTimeOffset.UtcNow,
            _host.Get<AuditLogRepository>(), badAudit, CancellationToken.None), Throws.Exception);

        Assert.That((await Versions.FindAsync(draft.Version, CancellationToken.None))!.Status, Is.EqualTo(RuleSetStatus.Draft));
    }

    [Test]
    public async Task Diff_BetweenVersions_NamesTheChangedThreshold()
    {
        var v1 = await Versions.FindAsync(2, CancellationToken.None);
        var draft = await Versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        await Versions.SaveDraftAsync(draft.Version, Edited(draft.JsonText, n => n["criteria"]![7]!["threshold"]!["green"] = 90), CancellationToken.None);

        var changes = Versions.Diff(v1!, (await Versions.FindAsync(draft.Version, CancellationToken.None))!);

        Assert.That(changes!.Where(c => c.Scope == "C7").Select(c => (c.Field, c.Before, c.After)), Is.EqualTo(new[] { ("threshold.green", "95", "90") }));
    }

    [Test]
    public async Task Simulate_LowerYellowCut_MovesTheRedCommuneAndStoresNothing()
    {
        var candidate = RuleSetReader.Read(Edited(DashboardKpi.Scoring.Engine.ShippedRules.ReadText(), n => n["criteria"]![7]!["threshold"]!["yellow"] = 40)).RuleSet!;
        var snapshotsBefore = await _host.Get<DashboardKpi.Ingest.Jobs.Storage.Ratings.RatingSnapshotRepository>().ListLatestForPeriodAsync(new Period(2025, 7), CancellationToken.None);

        var result = (await _host.Get<RuleSimulator>().SimulateAsync(candidate, [new Period(2025, 7)], CancellationToken.None)).Single();

        // 25747: C7 17/40 = 42.5 % was red (critical) → now yellow, so the commune is no longer red. 25750 (85 %) stays yellow.
        var change = result.Changed.Single();
        Assert.That((change.CommuneCode, change.Before, change.After), Is.EqualTo(("25747", (Rating?)Rating.Red, (Rating?)Rating.Yellow)));
        Assert.That(change.Criteria.Select(c => c.Code), Does.Contain("C7"));
        Assert.That((result.Before.Red, result.After.Red), Is.EqualTo((1, 0)));
        Assert.That(await _host.Get<DashboardKpi.Ingest.Jobs.Storage.Ratings.RatingSnapshotRepository>().ListLatestForPeriodAsync(new Period(2025, 7), CancellationToken.None),
            Has.Count.EqualTo(snapshotsBefore.Count), "a simulation stores nothing");
    }
}
