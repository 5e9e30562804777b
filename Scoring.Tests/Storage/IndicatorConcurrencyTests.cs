using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>The web and the jobs write at once: nothing may be lost and revision ids must stay in commit order.</summary>
[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class IndicatorConcurrencyTests(StorageProvider provider) : StorageTestBase(provider)
{
    [Test]
    public async Task UpsertAsync_TwoWritersAtOnce_LoseNoRowAndNoRevision()
    {
        var runA = await TestData.StartRunAsync(Connections, "writer-a");
        var runB = await TestData.StartRunAsync(Connections, "writer-b");
        const int BatchesPerWriter = 20;

        // Each writer has its own rows and both also correct one shared row, in many small transactions.
        async Task WriteAsync(string writer, long runId)
        {
            var repository = new IndicatorRepository(Connections);
            for (var i = 0; i < BatchesPerWriter; i++)
            {
                await repository.UpsertAsync(
                    [TestData.Reading("concurrent." + writer, "2026-05", i), TestData.Reading("concurrent.shared", "2026-05", i + (writer == "a" ? 0.5m : 0.25m))],
                    runId,
                    TestData.At,
                    CancellationToken.None);
            }
        }

        await Task.WhenAll(Task.Run(() => WriteAsync("a", runA)), Task.Run(() => WriteAsync("b", runB)));

        var indicators = new IndicatorRepository(Connections);
        var ownA = await indicators.ListRevisionsAsync(TestData.Reading("concurrent.a", "2026-05").Key, CancellationToken.None);
        var ownB = await indicators.ListRevisionsAsync(TestData.Reading("concurrent.b", "2026-05").Key, CancellationToken.None);
        var shared = await indicators.ListRevisionsAsync(TestData.Reading("concurrent.shared", "2026-05").Key, CancellationToken.None);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(ownA.Select(r => r.Value), Is.EqualTo(Enumerable.Range(0, BatchesPerWriter).Select(i => (decimal?)i)));
            Assert.That(ownB.Select(r => r.Value), Is.EqualTo(Enumerable.Range(0, BatchesPerWriter).Select(i => (decimal?)i)));
            Assert.That(shared.Select(r => r.Revision), Is.EqualTo(Enumerable.Range(1, shared.Count)), "revision numbers have no gaps or repeats");
            Assert.That(shared.Select(r => r.Id), Is.Ordered.Ascending, "revision ids follow commit order");
            Assert.That(shared, Has.Count.GreaterThanOrEqualTo(BatchesPerWriter));
        }
    }
}
