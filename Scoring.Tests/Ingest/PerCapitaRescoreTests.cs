using System.Text.Json.Nodes;
using Dapper;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// A per-capita criterion is rated with the population in the commune reference data, which is pinned in the stored
/// rating: after the population is updated a fresh rescore uses the new figure, but the stored rating still reproduces
/// as identical. Phường Thủ Dầu Một (25747) has 88,132 residents; S22 (added here) is overdue dossiers per 1,000
/// residents, lower is better, green ≤ 0.1, yellow ≤ 0.2. Hand-computed.
/// </summary>
public class PerCapitaRescoreTests : WorkerlessIngestFixture
{
    [Test]
    public async Task APopulationUpdateAfterRating_ChangesANewRescore_ButNotTheReproduction()
    {
        await PublishPerCapitaRulesAsync();
        await ImportLongCsvAsync("july-overdue.csv", "25747,2025-07,OVERDUE_DOSSIERS,12");

        // 12 × 1,000 / 88,132 = 0.136 per 1,000: yellow. Green: at most 0.1 × 88.132 = 8.8 overdue, so 8: 4 fewer.
        var (stored, before) = await RescoreJulyAsync();
        await SetPopulationAsync("25747", 50_000);
        // 12 × 1,000 / 50,000 = 0.24 per 1,000: red.
        var (_, after) = await RescoreJulyAsync();
        var reproduction = await Host.Get<RatingReproducer>().ReproduceAsync(stored, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((before.Criterion.Rating, before.Criterion.GapTo(Rating.Green)!.Missing), Is.EqualTo(((Rating?)Rating.Yellow, (decimal?)4m)));
            Assert.That(before.Score.Population!.Residents, Is.EqualTo(88_132m), "the population used is stored with the rating");
            Assert.That(before.Criterion.Reason.Vi, Does.Contain("88.132 người").And.Contain("31/12/2024"));
            Assert.That(after.Criterion.Rating, Is.EqualTo(Rating.Red), "a new rescore uses the updated population");
            Assert.That(after.Score.Population!.Residents, Is.EqualTo(50_000m));
            Assert.That(reproduction.Identical, Is.True, string.Join("; ", reproduction.Differences.Select(d => d.En)));
        }
    }

    private Task PublishPerCapitaRulesAsync() => PublishedRules.PublishEditedAsync(Host, json =>
    {
        json["indicators"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "OVERDUE_PER_1000", "kind": "count", "name": { "vi": "Hồ sơ quá hạn trên 1.000 dân", "en": "Overdue dossiers per 1,000 residents" },
              "unit": { "vi": "hồ sơ quá hạn", "en": "overdue dossiers" }, "perCapita": { "of": "OVERDUE_DOSSIERS", "per": 1000 } }
            """));
        json["criteria"]!.AsArray().Add(JsonNode.Parse("""
            { "code": "S22", "group": "specific", "name": { "vi": "Hồ sơ quá hạn trên 1.000 dân", "en": "Overdue dossiers per 1,000 residents" },
              "legalReference": { "plan": "Kế hoạch 02-KH/BCĐTW" }, "indicator": "OVERDUE_PER_1000",
              "threshold": { "direction": "lowerIsBetter", "green": 0.1, "yellow": 0.2, "basis": "proposed", "source": "test" } }
            """));
    });

    private async Task<(RatingSnapshot Stored, (DashboardKpi.Scoring.Engine.Evaluation.CommuneScore Score, DashboardKpi.Scoring.Engine.Evaluation.CriterionResult Criterion) Result)> RescoreJulyAsync()
    {
        var stored = await RescoreAndReadAsync("25747", new Period(2025, 7));
        var score = ScoreJson.Deserialize(stored.ResultJson);
        return (stored, (score, score.Criteria.Single(c => c.Code == "S22")));
    }

    private async Task SetPopulationAsync(string commune, int population)
    {
        await using var connection = await Host.Get<DbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync("UPDATE Commune SET Population = @Population WHERE Code = @Code", new { Population = population, Code = commune });
    }
}
