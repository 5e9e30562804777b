using DashboardKpi.Ingest.Jobs.Notifications;
using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Storage;

/// <summary>
/// Every rating value the engine can produce is stored and read back by every store, and nothing else is accepted.
/// A value the engine produced that the store's CHECK refused once stopped every rescore of a period.
/// </summary>
[TestFixtureSource(typeof(StorageProviders), nameof(StorageProviders.All))]
public sealed class RatingValuesRoundTripTests(StorageProvider provider) : StorageTestBase(provider)
{
    private RatingSnapshotRepository Snapshots => new(Connections, new NotificationWriter(Connections, new NotificationOptions(), TimeProvider.System), TimeProvider.System);

    /// <summary>Every (outcome, colour) pair the engine's results can carry, spelled as stored.</summary>
    public static IEnumerable<RatingColour> EngineCriterionValues() =>
        Enum.GetValues<Outcome>().SelectMany(outcome => outcome == Outcome.Rated
            ? Enum.GetValues<Rating>().Select(rating => RatingColours.Of(outcome, rating))
            : [RatingColours.Of(outcome, null)]);

    [Test]
    public void CriterionValues_AreExactlyWhatTheEngineCanProduce() =>
        Assert.That(EngineCriterionValues(), Is.EquivalentTo(RatingColours.CriterionValues));

    [Test]
    public void OverallValues_AreExactlyWhatTheEngineCanProduce() =>
        Assert.That(Enum.GetValues<Rating>().Select(r => RatingColours.Of(r)).Append(RatingColours.Of(null)), Is.EquivalentTo(RatingColours.OverallValues));

    [Test]
    public async Task EveryCriterionValue_IsStoredAndReadBack()
    {
        var criteria = RatingColours.CriterionValues
            .Select((value, i) => new RatingSnapshotCriterion { CriterionCode = "C" + i, Rating = value, Value = i })
            .ToList();

        await Snapshots.SaveAsync(Snapshot(TestData.ThuDauMot, "2025-10", RatingColour.Yellow, criteria), CancellationToken.None);

        var reloaded = await Snapshots.FindLatestAsync(TestData.ThuDauMot, new Period(2025, 10), CancellationToken.None);
        Assert.That(reloaded!.Criteria.Select(c => c.Rating), Is.EqualTo(RatingColours.CriterionValues));
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        var stored = await connection.QueryAsync<string>(Connections.Dialect.Pick(
            "SELECT Rating FROM RatingSnapshotCriterion WHERE RatingSnapshotId = @Id ORDER BY Ordinal",
            "SELECT Rating FROM dbo.RatingSnapshotCriterion WHERE RatingSnapshotId = @Id ORDER BY Ordinal"), new { reloaded.Id });
        Assert.That(stored, Is.EqualTo(RatingColours.CriterionValues.Select(c => c.Spelling())), "stored as the words, never as numbers");
    }

    [TestCaseSource(typeof(RatingColours), nameof(RatingColours.OverallValues))]
    public async Task EveryOverallValue_IsStoredAndReadBack(RatingColour overall)
    {
        await Snapshots.SaveAsync(Snapshot(TestData.SaiGon, "2025-11", overall, []), CancellationToken.None);

        var reloaded = await Snapshots.FindLatestAsync(TestData.SaiGon, new Period(2025, 11), CancellationToken.None);
        Assert.That(reloaded!.Overall, Is.EqualTo(overall));
    }

    [TestCase("grey")]
    [TestCase("Green")]
    [TestCase("")]
    public async Task AValueOutsideTheList_IsRefusedByTheStore(string rating)
    {
        var id = await Snapshots.SaveAsync(Snapshot(TestData.SaiGon, "2025-12", RatingColour.Green, []), CancellationToken.None);
        await using var connection = await Connections.OpenAsync(CancellationToken.None);

        Assert.That(() => connection.ExecuteAsync(
            Connections.Dialect.Pick(
                "INSERT INTO RatingSnapshotCriterion (RatingSnapshotId, CriterionCode, Ordinal, Rating, Value) VALUES (@Id, 'C1', 0, @Rating, NULL)",
                "INSERT INTO dbo.RatingSnapshotCriterion (RatingSnapshotId, CriterionCode, Ordinal, Rating, Value) VALUES (@Id, N'C1', 0, @Rating, NULL)"),
            new { Id = id, Rating = rating }), Throws.InstanceOf<System.Data.Common.DbException>());
    }

    [Test]
    public async Task AColourWithoutASpelling_StoresNothingOfItsBatch()
    {
        var bad = Snapshot(TestData.SaiGon, "2026-02", RatingColour.Green, [new RatingSnapshotCriterion { CriterionCode = "C1", Rating = (RatingColour)99 }]);

        Assert.That(() => Snapshots.SaveAsync(bad, CancellationToken.None), Throws.Exception);
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        Assert.That(await connection.ExecuteScalarAsync<int>(
            Connections.Dialect.Pick("SELECT COUNT(*) FROM RatingSnapshot WHERE Period = '2026-02'", "SELECT COUNT(*) FROM dbo.RatingSnapshot WHERE Period = N'2026-02'")),
            Is.Zero, "the batch is one transaction: nothing of it stays");
    }

    private static NewRatingSnapshot Snapshot(string commune, string period, RatingColour overall, List<RatingSnapshotCriterion> criteria) => new()
    {
        CommuneCode = commune,
        Period = Scoring.Engine.Model.Period.Parse(period),
        RuleSetId = "plan02",
        RuleSetVersion = 1,
        RuleSetSha256 = Sha256Hex.Of("rules"),
        DataSnapshotId = 1,
        AppVersion = "test",
        Overall = overall,
        Score = null,
        ResultJson = "{}",
        ComputedAt = TestData.At,
        Criteria = criteria,
    };
}
