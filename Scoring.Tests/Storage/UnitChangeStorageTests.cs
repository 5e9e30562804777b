using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>Recording a re-organisation on both providers: its own fixture, since it changes the units every other test expects.</summary>
[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class UnitChangeStorageTests(StorageProvider provider) : StorageTestBase(provider)
{
    private CommuneRepository Communes => new(Connections);

    [OneTimeSetUp]
    public async Task RecordTheMadeUpChangeAsync() =>
        await Target.ReferenceDataLoader().LoadUnitChangesAsync(ReorganisationTests.MadeUpChange, CancellationToken.None);

    [Test]
    public async Task ListAsync_AfterAMerger_HasTheNewUnitAndTheEndedOnesWithTheirValidity()
    {
        var communes = (await Communes.ListAsync(CancellationToken.None)).ToDictionary(c => c.Code);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(communes, Has.Count.EqualTo(169), "ended units are kept: history points at them");
            Assert.That((communes["25750"].ValidFrom, communes["25750"].ValidTo), Is.EqualTo((new Period(2025, 7), new Period(2026, 11))));
            Assert.That((communes["27999"].ValidFrom, communes["27999"].ValidTo, communes["27999"].AreaKm2), Is.EqualTo((new Period(2026, 12), (Period?)null, 21.5m)));
            Assert.That((communes["26740"].ValidFrom, communes["26740"].ValidTo), Is.EqualTo((new Period(2025, 7), (Period?)null)));
            Assert.That(communes.Values.Count(c => c.IsInForce(new Period(2026, 12))), Is.EqualTo(167));
        }
    }

    [Test]
    public async Task ListUnitChangesAsync_AfterAMerger_LinksEachEndedUnitToTheNewOne()
    {
        var links = await Communes.ListUnitChangesAsync(CancellationToken.None);

        Assert.That(links.Select(l => (l.EffectivePeriod, l.OldCode, l.NewCode, l.Basis)), Is.EqualTo(new[]
        {
            (new Period(2026, 12), "25750", "27999", (string?)"Nghị quyết thử nghiệm 1/2026"),
            (new Period(2026, 12), "25768", "27999", (string?)"Nghị quyết thử nghiệm 1/2026"),
        }));
    }

    [Test]
    public async Task LoadUnitChangesAsync_EndingAnUnknownUnit_ThrowsNamingItAndStoresNothing()
    {
        var bad = ReorganisationTests.MadeUpChange.Replace("\"25768\"]", "\"12345\"]", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => Target.ReferenceDataLoader().LoadUnitChangesAsync(bad, CancellationToken.None));

        var links = await Communes.ListUnitChangesAsync(CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error!.Message, Does.Contain("ends 12345"));
            Assert.That(links, Has.Count.EqualTo(2));
        }
    }
}
