using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// The rescore loads far enough back for a held state: a task reported done in July 2025 is still green when December
/// is rescored with no new report, and the stored rating reproduces from the same window.
/// </summary>
public class HoldStateRescoreTests : WorkerlessIngestFixture
{
    [Test]
    public async Task Rescore_TaskDoneInJuly_IsStillGreenInDecember_UnderHoldState()
    {
        await ImportLongCsvAsync("july-task.csv", "25747,2025-07,AGENCY_ID_CODES,hoàn thành 15/07/2025");
        var held = await RescoreDecemberS1Async();
        var heldSnapshot = await Host.Get<RatingSnapshotRepository>().FindLatestAsync("25747", new Period(2025, 12), CancellationToken.None);

        await PublishedRules.PublishEditedAsync(Host, json =>
        {
            Assert.That(json["criteria"]![9]!["code"]!.GetValue<string>(), Is.EqualTo("S1"));
            json["criteria"]![9]!["missing"] = JsonNode.Parse("""{ "strategy": "noData" }""");
        });
        var greyed = await RescoreDecemberS1Async();

        Assert.That((held.Rating, held.IsStale, held.Value!.Period), Is.EqualTo(((Rating?)Rating.Green, false, new Period(2025, 7))), "the shipped rules hold the task state");
        Assert.That(held.Reason.Vi, Is.EqualTo("Đã hoàn thành ngày 15/07/2025, chậm so với hạn 30/06/2025. (Báo cáo kỳ tháng 7/2025, vẫn giữ nguyên.)"));
        Assert.That(held.Reason.En, Is.EqualTo("Completed on 15/07/2025, after the deadline (30/06/2025). (Reported for July 2025, holds.)"));
        Assert.That(greyed.Outcome, Is.EqualTo(Outcome.NoData), "without holdState December has no data");
        Assert.That((await Host.Get<RatingReproducer>().ReproduceAsync(heldSnapshot!, CancellationToken.None)).Identical, Is.True);
    }

    private async Task<CriterionResult> RescoreDecemberS1Async()
    {
        var stored = await RescoreAndReadAsync("25747", new Period(2025, 12));
        return ScoreJson.Deserialize(stored.ResultJson).Criteria.Single(c => c.Code == "S1");
    }
}

/// <summary>The what-if loads as far back as the rescore: the rules in force hold July's report into December, and a candidate that does not hold states loses it.</summary>
public class HoldStateSimulationTests : WorkerlessIngestFixture
{
    [Test]
    public async Task Simulate_CandidateWithoutHoldState_LosesTheColourHeldFromJulysReport()
    {
        await ImportLongCsvAsync("july-task.csv", "25750,2025-07,AGENCY_ID_CODES,hoàn thành 15/07/2025");
        var json = JsonNode.Parse(DashboardKpi.Scoring.Engine.ShippedRules.ReadText())!;
        json["criteria"]![9]!["missing"] = JsonNode.Parse("""{ "strategy": "noData" }""");
        var candidate = TestRules.Valid(json.ToJsonString());

        var result = (await Host.Get<RuleSimulator>().SimulateAsync(candidate, [new Period(2025, 12)], CancellationToken.None)).Single();

        // The shipped rules hold S1 (done in July, green) into December, which rates 25750: its critical criteria have no
        // data, which blocks green: yellow. A candidate that does not hold the state leaves December without data.
        var change = result.Changed.Single();
        Assert.That((change.CommuneCode, change.Before, change.After), Is.EqualTo(("25750", (Rating?)Rating.Yellow, (Rating?)null)));
        Assert.That(change.Criteria.Select(c => c.Code), Does.Contain("S1"));
    }
}
