using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// The rescore loads the months before the rated one for a year-to-date sum: with C2 rated on online dossiers summed
/// from January, December 2025 adds July's 200 and September's 250 (5 and 3 months back, beyond the shipped rules'
/// 2-period carry-forward) to 450, yellow for a ward; the stored rating reproduces from the same window.
/// </summary>
public class AccumulateRescoreTests : WorkerlessIngestFixture
{
    [Test]
    public async Task Rescore_YearToDate_SumsTheEarlierMonthsOfTheYear()
    {
        await ImportLongCsvAsync("dossiers.csv", "25747,2025-07,ONLINE_DOSSIERS,200", "25747,2025-09,ONLINE_DOSSIERS,250");
        var underShipped = await RescoreDecemberC2Async();

        await PublishedRules.PublishEditedAsync(Host, json =>
        {
            Assert.That(json["criteria"]![1]!["code"]!.GetValue<string>(), Is.EqualTo("C2"));
            json["indicators"]!.AsArray().Add(JsonNode.Parse("""
                { "code": "DOSSIERS_YTD", "kind": "count", "name": { "vi": "Hồ sơ trực tuyến từ đầu năm", "en": "Online dossiers this year" },
                  "unit": { "vi": "hồ sơ", "en": "dossiers" }, "accumulate": { "of": "ONLINE_DOSSIERS", "over": "yearToDate" } }
                """));
            json["criteria"]![1]!["indicator"] = "DOSSIERS_YTD";
            DropCasesOf(json, "C2"); // the shipped golden cases rate C2 per 1,000 residents
        });
        var summed = await RescoreDecemberC2Async();

        using (Assert.EnterMultipleScope())
        {
            Assert.That((underShipped.Rating, underShipped.Value), Is.EqualTo(((Rating?)null, (MeasuredValue?)null)), "the shipped rules leave December's missing report without data");
            Assert.That((summed.Rating, summed.Value!.Reported.Number, summed.Value.IsStale), Is.EqualTo(((Rating?)Rating.Green, (decimal?)450m, false)), "450 against C2's green cut of 20");
            Assert.That(summed.Reason.Vi, Does.EndWith("Cộng dồn từ tháng 1 đến tháng 12/2025: 2 tháng có báo cáo (7, 9); thiếu tháng 1, 2, 3, 4, 5, 6, 8, 10, 11, 12, tính là 0."));
            Assert.That(summed.Reason.En, Does.EndWith("Year to date, January–December 2025: 2 months reported (7, 9); missing 1, 2, 3, 4, 5, 6, 8, 10, 11, 12, counted as 0."));
        }

        var stored = await Host.Get<RatingSnapshotRepository>().FindLatestAsync("25747", new Period(2025, 12), CancellationToken.None);
        Assert.That((await Host.Get<RatingReproducer>().ReproduceAsync(stored!, CancellationToken.None)).Identical, Is.True);
    }

    private static void DropCasesOf(JsonNode json, string code)
    {
        var cases = json["cases"]!.AsArray();
        foreach (var golden in cases.Where(c => c!["expect"]!["criteria"]?.AsArray().Any(e => (string?)e!["code"] == code) == true).ToList())
        {
            cases.Remove(golden);
        }
    }

    private async Task<CriterionResult> RescoreDecemberC2Async()
    {
        var stored = await RescoreAndReadAsync("25747", new Period(2025, 12));
        return ScoreJson.Deserialize(stored.ResultJson).Criteria.Single(c => c.Code == "C2");
    }
}

/// <summary>The what-if loads as far back as the rescore: a candidate with a year-to-date sum sees July's report in December.</summary>
public class AccumulateSimulationTests : WorkerlessIngestFixture
{
    [Test]
    public async Task Simulate_CandidateWithAYearToDate_RatesDecemberFromJulysAndSeptembersReports()
    {
        await ImportLongCsvAsync("dossiers.csv", "25750,2025-07,ONLINE_DOSSIERS,200", "25750,2025-09,ONLINE_DOSSIERS,250");
        var json = JsonNode.Parse(DashboardKpi.Scoring.Engine.ShippedRules.ReadText())!;
        json["indicators"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "DOSSIERS_YTD", "kind": "count", "name": { "vi": "Hồ sơ trực tuyến từ đầu năm", "en": "Online dossiers this year" },
              "unit": { "vi": "hồ sơ", "en": "dossiers" }, "accumulate": { "of": "ONLINE_DOSSIERS", "over": "yearToDate" } }
            """));
        json["criteria"]![1]!["indicator"] = "DOSSIERS_YTD";
        var candidate = TestRules.Valid(json.ToJsonString());

        var result = (await Host.Get<RuleSimulator>().SimulateAsync(candidate, [new Period(2025, 12)], CancellationToken.None)).Single();

        // Under the shipped rules 25750 reported nothing for December and is not rated. Summing from January gives C2
        // 200 + 250 = 450 dossiers (green against C2's cut of 20), but the critical criteria have no data, which blocks green: yellow.
        var change = result.Changed.Single();
        Assert.That((change.CommuneCode, change.Before, change.After), Is.EqualTo(("25750", (Rating?)null, (Rating?)Rating.Yellow)));
        Assert.That(change.Criteria.Select(c => c.Code), Does.Contain("C2"));
    }
}
