using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// When a shipped rule set applies: a fresh database publishes it from its effective-from; a database already rating
/// with v1 gets a newer shipped file once, as a draft, and publishing it from a chosen period leaves earlier ratings
/// pinned to v1 and reproducible. Real SQLite files, restarts on the same file, real Hangfire for the rescore.
/// </summary>
public class ShippedRulesAdoptionTests
{
    private static readonly Dictionary<string, string?> NoServer = new() { ["Jobs:RunServer"] = "false" };

    private readonly List<string> _folders = [];

    [TearDown]
    public void DeleteFolders()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The temp folder is cleaned by the system.
            }
        }
    }

    private async Task<IngestHost> StartAsync(string shippedText, string? folder = null, IDictionary<string, string?>? settings = null)
    {
        var host = await IngestHost.StartAsync(settings ?? NoServer, ShippedFiles.Ship(shippedText), folder);
        _folders.Add(host.Folder);
        return host;
    }

    /// <summary>An installation that has run v1 (published on its first start) and stopped.</summary>
    private async Task<string> InstallationOnV1Async(Func<IngestHost, Task>? before = null)
    {
        var host = await StartAsync(ShippedFiles.V1Text());
        if (before is not null)
        {
            await before(host);
        }

        await host.StopKeepingFilesAsync();
        return host.Folder;
    }

    private static Task<IReadOnlyList<RuleSetVersion>> VersionsAsync(IngestHost host) =>
        host.Get<RuleSetRepository>().ListAsync(ActiveRules.RuleSetId, CancellationToken.None);

    [Test]
    public async Task FreshDatabase_PublishesTheShippedFileFromItsEffectiveFrom_Once()
    {
        var host = await StartAsync(ShippedFiles.V2SampleText());
        var first = await VersionsAsync(host);
        var inForce = await host.Get<ActiveRules>().FindForPeriodAsync(new Period(2025, 7), CancellationToken.None);
        var before = await host.Get<ActiveRules>().FindForPeriodAsync(new Period(2025, 6), CancellationToken.None);
        await host.StopKeepingFilesAsync();

        var again = await StartAsync(ShippedFiles.V2SampleText(), host.Folder);
        var second = await VersionsAsync(again);
        await again.StopKeepingFilesAsync();

        var only = first.Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That((only.Version, only.Status, only.EffectiveFrom, only.Author, only.PublishedBy), Is.EqualTo((2, RuleSetStatus.Published, new Period(2025, 7), "system", "system")));
            Assert.That(only.JsonText, Is.EqualTo(ShippedFiles.V2SampleText()), "stored byte for byte, so its hash is the shipped file's");
            Assert.That(inForce?.Version.Version, Is.EqualTo(2));
            Assert.That(before, Is.Null, "nothing is in force before the first effective period");
            Assert.That(second.Select(v => (v.Version, v.Status)), Is.EqualTo(new[] { (2, RuleSetStatus.Published) }));
        }
    }

    [Test]
    public async Task ExistingDatabase_NewerShippedFile_IsADraftOnce_AndV1StaysInForce()
    {
        var folder = await InstallationOnV1Async();

        var host = await StartAsync(ShippedFiles.V2SampleText(), folder);
        var afterFirst = await VersionsAsync(host);
        var audit = await host.Get<AuditLogRepository>().ListForSubjectAsync($"ruleset:{ActiveRules.RuleSetId}:v2", 10, CancellationToken.None);
        var inForce = await host.Get<ActiveRules>().FindForPeriodAsync(Period.Of(DateOnly.FromDateTime(DateTime.UtcNow)), CancellationToken.None);
        var pending = await host.Get<ShippedRuleFileRepository>().ListPendingDraftsAsync(ActiveRules.RuleSetId, CancellationToken.None);
        await host.StopKeepingFilesAsync();

        var restarted = await StartAsync(ShippedFiles.V2SampleText(), folder);
        var afterSecond = await VersionsAsync(restarted);
        var outcome = await restarted.Get<ShippedRulesAdoption>().AdoptAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        await restarted.StopKeepingFilesAsync();

        var draft = afterFirst.Single(v => v.Version == 2);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((draft.Status, draft.Author, draft.EffectiveFrom, draft.PublishedAt), Is.EqualTo((RuleSetStatus.Draft, "system", new Period(2025, 7), (DateTimeOffset?)null)));
            Assert.That(draft.JsonText, Is.EqualTo(ShippedFiles.V2SampleText()));
            Assert.That(audit.Select(a => (a.Action, a.UserName)), Is.EqualTo(new[] { ("ruleset.draft.create", "system") }));
            Assert.That(audit.Single().DetailJson, Does.Contain("\"origin\":\"shipped\""));
            Assert.That(inForce?.Version.Version, Is.EqualTo(1), "v1 stays in force until an admin publishes v2");
            Assert.That(pending, Is.EqualTo(new[] { 2 }));
            Assert.That(afterSecond.Select(v => (v.Version, v.Status)), Is.EqualTo(new[] { (2, RuleSetStatus.Draft), (1, RuleSetStatus.Published) }), "a restart adds nothing");
            Assert.That(outcome, Is.EqualTo(ShippedRulesAdoption.Outcome.AlreadyStored));
        }
    }

    [Test]
    public async Task ExistingDatabase_NodesStartingTogether_StoreTheShippedDraftOnce()
    {
        var folder = await InstallationOnV1Async();

        var hosts = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => StartAsync(ShippedFiles.V2SampleText(), folder)));
        var versions = await VersionsAsync(hosts[0]);
        foreach (var host in hosts)
        {
            await host.StopKeepingFilesAsync();
        }

        Assert.That(versions.Select(v => (v.Version, v.Status, v.Author)), Is.EqualTo(new[] { (2, RuleSetStatus.Draft, "system"), (1, RuleSetStatus.Published, "system") }));
    }

    [Test]
    public async Task ExistingDatabase_WithAnAnalystsDraft_ShippedFileIsNumberedAfterIt_Once()
    {
        var folder = await InstallationOnV1Async(host => host.Get<RuleVersionService>().CreateDraftAsync(null, "analyst", CancellationToken.None));

        var host = await StartAsync(ShippedFiles.V2SampleText(), folder);
        await host.StopKeepingFilesAsync();
        var again = await StartAsync(ShippedFiles.V2SampleText(), folder);
        var versions = await VersionsAsync(again);
        var shipped = versions.Single(v => v.Author == "system" && v.Status == RuleSetStatus.Draft);
        var rules = again.Get<ActiveRules>().Parse(shipped);
        await again.StopKeepingFilesAsync();

        Assert.That(versions.Select(v => (v.Version, v.Author)), Is.EqualTo(new[] { (3, "system"), (2, "analyst"), (1, "system") }));
        Assert.That((rules.Version, rules.Changes?.From), Is.EqualTo((3, 1)), "the text says the stored number; its notes still compare with v1");
    }

    [Test]
    public async Task ShippedFileNotNewerThanThePublishedVersion_IsNotOffered()
    {
        var host = await StartAsync(ShippedFiles.V2SampleText());
        await host.StopKeepingFilesAsync();

        var older = await StartAsync(ShippedFiles.V1Text(), host.Folder);
        var versions = await VersionsAsync(older);
        var outcome = await older.Get<ShippedRulesAdoption>().AdoptAsync(DateTimeOffset.UtcNow, CancellationToken.None);
        await older.StopKeepingFilesAsync();

        Assert.That(versions.Select(v => v.Version), Is.EqualTo(new[] { 2 }));
        Assert.That(outcome, Is.EqualTo(ShippedRulesAdoption.Outcome.NotNewer));
    }

    [Test]
    public async Task DatabaseSeededBeforeShippedFilesWereRecorded_IsNotOfferedTheSameTextAgain()
    {
        var folder = await InstallationOnV1Async(async host =>
        {
            // As a database seeded by an earlier release: the version is there, the ShippedRuleFile row is not.
            await using var connection = await host.Get<DbConnectionFactory>().OpenAsync(CancellationToken.None);
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM ShippedRuleFile";
            await command.ExecuteNonQueryAsync();
        });

        var host = await StartAsync(ShippedFiles.V1Text(), folder);
        var versions = await VersionsAsync(host);
        var stored = await host.Get<ShippedRuleFileRepository>().IsStoredAsync(Sha256Hex.Of(ShippedFiles.V1Text()), CancellationToken.None);
        await host.StopKeepingFilesAsync();

        Assert.That((versions.Count, stored), Is.EqualTo((1, true)));
    }

    [Test]
    public async Task PublishedFromAChosenPeriod_EarlierPeriodsReproduceUnderV1_LaterOnesUseV2()
    {
        string[] periods = ["2025-07", "2025-08", "2025-09", "2025-10"];
        // 7 overdue dossiers: red under v1's S21 (yellow at most 5), yellow under the sample v2 (yellow at most 10).
        var folder = await InstallationOnV1Async(async host =>
        {
            var csv = ReportFiles.WriteCsv(host.Folder, "overdue.csv",
                [ReportFiles.LongHeader, .. periods.Select(p => $"25747,{p},OVERDUE_DOSSIERS,7")]);
            await host.Get<IndicatorImporter>().ImportFileAsync(csv, "overdue.csv", "file", "test", CancellationToken.None);
            await host.Get<Rescorer>().RescoreAsync([.. periods.Select(Scoring.Engine.Model.Period.Parse)], CancellationToken.None);
        });

        var host = await StartAsync(ShippedFiles.V2SampleText(), folder, new Dictionary<string, string?>());
        var snapshots = host.Get<RatingSnapshotRepository>();
        var beforePublish = new Dictionary<string, RatingSnapshot>();
        foreach (var period in periods)
        {
            beforePublish[period] = (await snapshots.FindLatestAsync("25747", Scoring.Engine.Model.Period.Parse(period), CancellationToken.None))!;
        }

        var versions = host.Get<RuleVersionService>();
        var refused = await versions.PublishAsync(2, "admin", republishHistory: false, Period.Parse("2025-09"), CancellationToken.None);
        var tooEarly = await versions.PublishAsync(2, "admin", republishHistory: true, Period.Parse("2025-06"), CancellationToken.None);
        var published = await versions.PublishAsync(2, "admin", republishHistory: true, Period.Parse("2025-09"), CancellationToken.None);
        await IngestHost.WaitUntilAsync(async () =>
            (await host.Get<PeriodRescoreRepository>().FindAsync(new Period(2025, 10), CancellationToken.None)) is { Status: "succeeded", RuleSetVersion: 2 }
            && (await host.Get<PeriodRescoreRepository>().FindAsync(new Period(2025, 9), CancellationToken.None)) is { Status: "succeeded", RuleSetVersion: 2 },
            "the Hangfire rescore of 2025-09 and 2025-10 under v2", seconds: 120);

        var reproducer = host.Get<RatingReproducer>();
        var stored = await versions.FindAsync(2, CancellationToken.None);
        var audit = (await host.Get<AuditLogRepository>().ListForSubjectAsync($"ruleset:{ActiveRules.RuleSetId}:v2", 10, CancellationToken.None)).First();
        var after = new Dictionary<string, RatingSnapshot>();
        foreach (var period in periods)
        {
            after[period] = (await snapshots.FindLatestAsync("25747", Scoring.Engine.Model.Period.Parse(period), CancellationToken.None))!;
        }

        var reproduced = new List<Reproduction>();
        foreach (var period in periods)
        {
            reproduced.Add(await reproducer.ReproduceAsync(after[period], CancellationToken.None));
        }

        var inForceAugust = (await host.Get<ActiveRules>().FindForPeriodAsync(new Period(2025, 8), CancellationToken.None))?.Version.Version;
        await host.StopKeepingFilesAsync();

        RatingColour S21(RatingSnapshot s) => s.Criteria.Single(c => c.CriterionCode == "S21").Rating;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(refused.Published, Is.False, "a period before the current month needs the re-publish confirmation");
            Assert.That((tooEarly.Published, tooEarly.RefusalEn), Is.EqualTo((false, "It cannot apply from 2025-06: this rule set is written for periods from 2025-07 on.")));
            Assert.That(published.Published, Is.True);
            Assert.That(published.RescoredPeriods[0], Is.EqualTo(new Period(2025, 9)), "the rescore starts at the chosen period");
            Assert.That((stored!.Status, stored.EffectiveFrom, stored.JsonText), Is.EqualTo((RuleSetStatus.Published, new Period(2025, 9), ShippedFiles.V2SampleText())));
            Assert.That((audit.Action, audit.AfterSha256), Is.EqualTo(("ruleset.republish", Sha256Hex.Of(ShippedFiles.V2SampleText()))));
            Assert.That(audit.DetailJson, Does.Contain("\"effectiveFrom\":\"2025-09\""));
            foreach (var period in periods)
            {
                Assert.That(S21(beforePublish[period]), Is.EqualTo(RatingColour.Red), $"{period} under v1");
            }

            foreach (var period in new[] { "2025-07", "2025-08" })
            {
                Assert.That(after[period].Id, Is.EqualTo(beforePublish[period].Id), $"{period} is not re-rated");
                Assert.That((after[period].RuleSetVersion, S21(after[period])), Is.EqualTo((1, RatingColour.Red)), period);
            }

            foreach (var period in new[] { "2025-09", "2025-10" })
            {
                Assert.That((after[period].RuleSetVersion, S21(after[period])), Is.EqualTo((2, RatingColour.Yellow)), period);
            }

            Assert.That(reproduced.Where(r => !r.Identical).Select(r => r.Period), Is.Empty, "every stored rating reproduces identical under its pinned version");
            Assert.That(inForceAugust, Is.EqualTo(1), "v1 stays in force before the chosen period");
        }
    }
}
