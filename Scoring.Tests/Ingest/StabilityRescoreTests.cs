using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Stability rules through the store: the shipped rules with C7 (antivirus, green ≥ 95%) holding its colour for 2 months.
/// Unit 25747 reports 39/40 (97,5%, green) in July, 37/40 (92,5%, yellow) in August and September, 39/40 in October.
/// By hand: raw G Y Y G, published G G Y Y. A correction of August to 39/40 makes September's raw yellow its first month
/// below (published green) and October green: both are re-published, audited, and every rating reproduces exactly.
/// </summary>
public class StabilityRescoreTests : WorkerlessIngestFixture
{
    private const string Unit = "25747";

    private static readonly string[] Months = ["2025-07", "2025-08", "2025-09", "2025-10"];

    [Test]
    public async Task Rescore_StoresRawAndPublished_ACorrectionRepublishesLaterMonths_AndEveryRatingReproduces()
    {
        await PublishedRules.PublishEditedAsync(Host, json =>
        {
            Assert.That(json["criteria"]![7]!["code"]!.GetValue<string>(), Is.EqualTo("C7"));
            json["criteria"]![7]!["stability"] = JsonNode.Parse("""
                { "holdPeriods": 2, "rationale": { "vi": "Đơn vị sát ngưỡng đổi màu mỗi tháng.", "en": "Units on the cut flipped every month." } }
                """);
        });
        await ImportAsync("av.csv", "2025-07,39/40", "2025-08,37/40", "2025-09,37/40", "2025-10,39/40");
        var rescorer = Host.Get<Rescorer>();
        await rescorer.RescoreAsync([.. Months.Select(Scoring.Engine.Model.Period.Parse)], CancellationToken.None);
        var first = await C7Async();
        var snapshots = Host.Get<RatingSnapshotRepository>();
        var august = (await snapshots.FindLatestAsync(Unit, new Period(2025, 8), CancellationToken.None))!;
        var septemberBefore = (await snapshots.FindLatestAsync(Unit, new Period(2025, 9), CancellationToken.None))!;
        var augustStability = await snapshots.FindStabilityAsync(august.Id, CancellationToken.None);

        await ImportAsync("av-fixed.csv", "2025-08,39/40");
        await rescorer.RescoreAsync([new Period(2025, 8)], CancellationToken.None);
        var corrected = await C7Async();
        var septemberAfter = (await snapshots.FindLatestAsync(Unit, new Period(2025, 9), CancellationToken.None))!;
        var republished = await snapshots.FindStabilityAsync(septemberAfter.Id, CancellationToken.None);
        var audit = await Host.Get<AuditLogRepository>().ListForActionPrefixAsync(Rescorer.RepublishAction, 10, CancellationToken.None);
        var reproducer = Host.Get<RatingReproducer>();

        var (G, Y) = ((Rating?)Rating.Green, (Rating?)Rating.Yellow);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(first.Select(c => c.Stability!.Raw), Is.EqualTo(new[] { G, Y, Y, G }));
            Assert.That(first.Select(c => c.Rating), Is.EqualTo(new[] { G, G, Y, Y }));
            Assert.That(august.Criteria.Single(c => c.CriterionCode == "C7").Rating, Is.EqualTo(RatingColour.Green), "the published colour is the one queried");
            Assert.That((augustStability!.HeldCount, augustStability.RepublishedAfter), Is.EqualTo((1, (Period?)null)));
            Assert.That(corrected.Select(c => c.Stability!.Raw), Is.EqualTo(new[] { G, G, Y, G }));
            Assert.That(corrected.Select(c => c.Rating), Is.EqualTo(new[] { G, G, G, G }));
            Assert.That(republished!.RepublishedAfter, Is.EqualTo(new Period(2025, 8)));
            Assert.That(audit.Select(a => a.Subject), Is.EquivalentTo(new[] { "period:2025-09", "period:2025-10" }));
            Assert.That(audit[0].DetailJson, Does.Contain("\"after\":\"2025-08\"").And.Contain(Unit));
            Assert.That((await reproducer.ReproduceAsync(august, CancellationToken.None)).Identical, Is.True, "August as first stored");
            Assert.That((await reproducer.ReproduceAsync(septemberBefore, CancellationToken.None)).Identical, Is.True, "September before the correction, with the colours pinned then");
            Assert.That((await reproducer.ReproduceAsync(septemberAfter, CancellationToken.None)).Identical, Is.True, "September re-published");
        }
    }

    private Task ImportAsync(string name, params string[] monthValues) =>
        Host.Get<IndicatorImporter>().ImportFileAsync(
            ReportFiles.WriteCsv(Host.Folder, name, [ReportFiles.LongHeader, .. monthValues.Select(v => $"{Unit},{v.Split(',')[0]},AV_UPDATED_MACHINES,{v.Split(',')[1]}")]),
            name, "file", "test", CancellationToken.None);

    private async Task<List<CriterionResult>> C7Async()
    {
        var snapshots = Host.Get<RatingSnapshotRepository>();
        var result = new List<CriterionResult>();
        foreach (var month in Months)
        {
            var stored = await snapshots.FindLatestAsync(Unit, Scoring.Engine.Model.Period.Parse(month), CancellationToken.None);
            result.Add(ScoreJson.Deserialize(stored!.ResultJson).Criteria.Single(c => c.Code == "C7"));
        }

        return result;
    }
}
