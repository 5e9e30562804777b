using System.Data.Common;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class RuleSetRepositoryTests(StorageProvider provider) : StorageTestBase(provider)
{
    private RuleSetRepository RuleSets => new(Connections);

    private static NewRuleSetVersion Draft(string ruleSetId, int version, string effectiveFrom = "2025-07") => new()
    {
        RuleSetId = ruleSetId,
        Version = version,
        JsonText = "{\"id\":\"" + ruleSetId + "\",\"version\":" + version + ",\"title\":{\"vi\":\"Kế hoạch 02\"}}",
        EffectiveFrom = Scoring.Engine.Model.Period.Parse(effectiveFrom),
        Author = "phân tích viên",
        CreatedAt = TestData.At,
    };

    [Test]
    public async Task InsertDraftAsync_NewVersion_StoresJsonExactlyWithItsSha256()
    {
        var draft = Draft("plan02-insert", 1);

        await RuleSets.InsertDraftAsync(draft, CancellationToken.None);

        var stored = await RuleSets.FindAsync("plan02-insert", 1, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(stored!.JsonText, Is.EqualTo(draft.JsonText));
            Assert.That(stored.Sha256, Is.EqualTo(Sha256Hex.Of(draft.JsonText)));
            Assert.That(stored.Status, Is.EqualTo(RuleSetStatus.Draft));
            Assert.That(stored.Author, Is.EqualTo("phân tích viên"));
        }
    }

    [Test]
    public async Task InsertDraftAsync_ExistingVersion_FailsWithUniqueViolation()
    {
        await RuleSets.InsertDraftAsync(Draft("plan02-dup", 1), CancellationToken.None);

        var exception = await Assert.ThrowsAsync(Is.InstanceOf<DbException>(), async () => await RuleSets.InsertDraftAsync(Draft("plan02-dup", 1), CancellationToken.None));

        Assert.That(SqlDialect.IsUniqueViolation((DbException)exception!), Is.True);
    }

    [Test]
    public async Task UpdateDraftAsync_AfterPublish_IsRefusedAndJsonStaysFrozen()
    {
        var draft = Draft("plan02-frozen", 1);
        await RuleSets.InsertDraftAsync(draft, CancellationToken.None);
        var editedWhileDraft = await RuleSets.UpdateDraftAsync("plan02-frozen", 1, "{\"edited\":true}", new Period(2025, 8), CancellationToken.None);
        var published = await RuleSets.PublishAsync("plan02-frozen", 1, "chủ tịch", TestData.At, CancellationToken.None);

        var editedAfterPublish = await RuleSets.UpdateDraftAsync("plan02-frozen", 1, "{\"edited\":\"again\"}", new Period(2025, 9), CancellationToken.None);

        var stored = await RuleSets.FindAsync("plan02-frozen", 1, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((editedWhileDraft, published, editedAfterPublish), Is.EqualTo((true, true, false)));
            Assert.That(stored!.JsonText, Is.EqualTo("{\"edited\":true}"));
            Assert.That(stored.Sha256, Is.EqualTo(Sha256Hex.Of("{\"edited\":true}")));
            Assert.That((stored.Status, stored.PublishedBy, stored.PublishedAt), Is.EqualTo((RuleSetStatus.Published, "chủ tịch", (DateTimeOffset?)TestData.At)));
        }
    }

    [Test]
    public async Task FindEffectiveAsync_SeveralPublishedVersions_PicksLatestEffectiveNotAfterThePeriod()
    {
        await RuleSets.InsertDraftAsync(Draft("plan02-effective", 1, "2025-07"), CancellationToken.None);
        await RuleSets.InsertDraftAsync(Draft("plan02-effective", 2, "2026-01"), CancellationToken.None);
        await RuleSets.InsertDraftAsync(Draft("plan02-effective", 3, "2026-01"), CancellationToken.None);
        await RuleSets.PublishAsync("plan02-effective", 1, "a", TestData.At, CancellationToken.None);
        await RuleSets.PublishAsync("plan02-effective", 2, "a", TestData.At, CancellationToken.None);

        var december = await RuleSets.FindEffectiveAsync("plan02-effective", new Period(2025, 12), CancellationToken.None);
        var march = await RuleSets.FindEffectiveAsync("plan02-effective", new Period(2026, 3), CancellationToken.None);
        var beforeAny = await RuleSets.FindEffectiveAsync("plan02-effective", new Period(2025, 6), CancellationToken.None);
        await RuleSets.RetireAsync("plan02-effective", 2, TestData.At, CancellationToken.None);
        var marchAfterRetire = await RuleSets.FindEffectiveAsync("plan02-effective", new Period(2026, 3), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(december?.Version, Is.EqualTo(1));
            Assert.That(march?.Version, Is.EqualTo(2), "version 3 is still a draft");
            Assert.That(beforeAny, Is.Null);
            Assert.That(marchAfterRetire?.Version, Is.EqualTo(1));
        }
    }

    [Test]
    public async Task ListAsync_Versions_NewestFirst()
    {
        await RuleSets.InsertDraftAsync(Draft("plan02-list", 1), CancellationToken.None);
        await RuleSets.InsertDraftAsync(Draft("plan02-list", 2), CancellationToken.None);

        var versions = await RuleSets.ListAsync("plan02-list", CancellationToken.None);

        Assert.That(versions.Select(v => v.Version), Is.EqualTo(new[] { 2, 1 }));
    }
}
