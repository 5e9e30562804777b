using System.Text.Json.Nodes;
using Dapper;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Ratings are stored pinned to rules, data snapshot and app version, and reproduce identically after later corrections.
/// Identical means the same facts: a change of wording only is flagged apart, a changed fact is named. Run on SQLite
/// (<see cref="SqliteRescoreAndReproduceTests"/>) and on PostgreSQL (<see cref="PostgreSqlRescoreAndReproduceTests"/>).
/// </summary>
public abstract class RescoreAndReproduceTests : WorkerlessIngestFixture
{
    [Test]
    public async Task Reproduce_AfterACorrection_TheEarlierRatingStillRecomputesIdentically()
    {
        await ImportLongCsvAsync("july.csv", "25777,2025-07,AV_UPDATED_MACHINES,17/40", "25777,2025-07,ONLINE_DOSSIERS,400");
        var before = await RescoreAndReadAsync("25777", new Period(2025, 7));

        await ImportLongCsvAsync("july-fixed.csv", "25777,2025-07,AV_UPDATED_MACHINES,39/40", "25777,2025-07,ONLINE_DOSSIERS,400");
        var after = await RescoreAndReadAsync("25777", new Period(2025, 7));

        var reproducer = Host.Get<RatingReproducer>();
        var oldAgain = await reproducer.ReproduceAsync(before!, CancellationToken.None);
        var newAgain = await reproducer.ReproduceAsync(after!, CancellationToken.None);
        Assert.That((before!.Overall, after!.Overall), Is.EqualTo((RatingColour.Red, RatingColour.Yellow)));
        Assert.That(after.DataSnapshotId, Is.GreaterThan(before.DataSnapshotId));
        Assert.That((oldAgain.Identical, oldAgain.Differences.Count), Is.EqualTo((true, 0)));
        Assert.That(newAgain.Identical, Is.True);
        Assert.That(before.RuleSetSha256, Has.Length.EqualTo(64));
    }

    [Test]
    public async Task Rescore_UnchangedData_WritesNoNewSnapshots()
    {
        await ImportLongCsvAsync("aug.csv", "25780,2025-08,AV_UPDATED_MACHINES,17/40");

        var first = await Host.Get<Rescorer>().RescoreAsync([new Period(2025, 8)], CancellationToken.None);
        var second = await Host.Get<Rescorer>().RescoreAsync([new Period(2025, 8)], CancellationToken.None);

        Assert.That((first, second), Is.EqualTo((168, 0)));
    }

    [Test]
    public async Task Reproduce_TamperedStoredResult_ReportsTheDifference()
    {
        await ImportLongCsvAsync("sep.csv", "25747,2025-09,AV_UPDATED_MACHINES,17/40");
        var stored = await RescoreAndReadAsync("25747", new Period(2025, 9));

        var tampered = stored! with { ResultJson = stored.ResultJson.Replace("\"overall\":\"red\"", "\"overall\":\"green\"", StringComparison.Ordinal) };
        var result = await Host.Get<RatingReproducer>().ReproduceAsync(tampered, CancellationToken.None);

        Assert.That(tampered.ResultJson, Is.Not.EqualTo(stored.ResultJson));
        Assert.That(result.Identical, Is.False);
        Assert.That(result.Differences.Select(d => d.En), Does.Contain("overall: stored green, recomputed red"));
        Assert.That(result.Differences.Select(d => d.Vi), Does.Contain("tổng thể: đã lưu xanh, tính lại đỏ"));
    }

    [Test]
    public async Task Reproduce_UntouchedSnapshot_IsIdenticalWithTheSameWording()
    {
        var stored = await StoreRedC7Async("25750");

        var result = await Host.Get<RatingReproducer>().ReproduceAsync(stored, CancellationToken.None);

        Assert.That((result.Identical, result.Differences.Count, result.WordingChanged), Is.EqualTo((true, 0, false)));
        Assert.That(result.WordingNote, Is.Null);
        Assert.That(result.StoredAppVersion, Is.EqualTo(stored.AppVersion).And.Not.Empty);
    }

    [Test]
    public async Task Reproduce_StoredSentencesWordedDifferently_IsIdenticalWithWordingChanged()
    {
        // An earlier release wrote "42,5 %" where this one writes "42,5%", and worded the overall reason differently: simulated by rewriting
        // the stored sentences, with the stored hash recomputed so the row is as that release would have written it.
        var stored = await StoreRedC7Async("25760");
        var reworded = Edit(stored.ResultJson, root =>
        {
            root["reason"]!["vi"] = "Đỏ vì tiêu chí trọng yếu C7 đỏ.";
            root["reason"]!["en"] = "Red because critical criterion C7 is red.";
        }).Replace("42,5%", "42,5 %", StringComparison.Ordinal);
        await RewriteStoredAsync(stored.Id, reworded);

        var result = await Host.Get<RatingReproducer>().ReproduceLatestAsync("25760", Scoring.Engine.Model.Period.Parse(November), CancellationToken.None);

        Assert.That(reworded, Does.Contain("42,5 %").And.Not.Contain("42,5%"));
        Assert.That((result!.SnapshotId, result.Identical, result.Differences.Count, result.WordingChanged), Is.EqualTo((stored.Id, true, 0, true)));
        Assert.That(result.WordingNote!.Vi, Is.EqualTo($"Cùng kết quả xếp loại; cách diễn đạt đã thay đổi từ phiên bản ứng dụng {stored.AppVersion}."));
        Assert.That(result.WordingNote.En, Is.EqualTo($"Same rating; the wording has changed since app version {stored.AppVersion}."));
    }

    [Test]
    public async Task Reproduce_StoredBeforeTheVerdictWasStored_IsStillIdentical()
    {
        var stored = await StoreRedC7Async("25768");
        var older = stored with { ResultJson = Edit(stored.ResultJson, root => root.AsObject().Remove("verdict")) };

        var result = await Host.Get<RatingReproducer>().ReproduceAsync(older, CancellationToken.None);

        Assert.That(older.ResultJson, Does.Not.Contain("\"verdict\""));
        Assert.That((result.Identical, result.WordingChanged), Is.EqualTo((true, false)));
    }

    [Test]
    public async Task Reproduce_SameDecimalWrittenWithAnotherScale_IsIdentical()
    {
        var stored = await StoreRedC7Async("25771");
        var rescaled = stored with { ResultJson = Edit(stored.ResultJson, root => C7(root)["value"]!["percent"] = 42.500m) };

        var result = await Host.Get<RatingReproducer>().ReproduceAsync(rescaled, CancellationToken.None);

        Assert.That(rescaled.ResultJson, Does.Contain("\"percent\":42.500"));
        Assert.That((result.Identical, result.WordingChanged), Is.EqualTo((true, false)));
    }

    private static IEnumerable<TestCaseData> ChangedFacts()
    {
        yield return new TestCaseData((Action<JsonNode>)(root => C7(root)["value"]!["percent"] = 43m),
            "C7: value stored 17/40 (43%), recomputed 17/40 (42.5%)", "C7: giá trị đã lưu 17/40 (43%), tính lại 17/40 (42,5%)").SetName("{m}(value)");
        yield return new TestCaseData((Action<JsonNode>)(root => C7(root)["value"]!["percent"] = 42.5001m),
            "C7: value stored 17/40 (42.5001%), recomputed 17/40 (42.5%)", "C7: giá trị đã lưu 17/40 (42,5001%), tính lại 17/40 (42,5%)").SetName("{m}(value, exactly)");
        yield return new TestCaseData((Action<JsonNode>)(root => C7(root)["threshold"]!["threshold"]!["green"] = 90m),
            "C7: threshold stored green 90% / yellow 80%, recomputed green 95% / yellow 80%", "C7: ngưỡng đã lưu xanh 90% / vàng 80%, tính lại xanh 95% / vàng 80%").SetName("{m}(threshold)");
        yield return new TestCaseData((Action<JsonNode>)(root => C7(root)["threshold"]!["override"] = new JsonObject
            {
                ["unitTypes"] = new JsonArray("phuong"),
                ["fromPeriod"] = "2025-01",
                ["toPeriod"] = null,
                ["threshold"] = C7(root)["threshold"]!["threshold"]!.DeepClone(),
                ["reason"] = null,
            }),
            "C7: override stored Phuong 2025-01–…, recomputed none", "C7: ngưỡng riêng đã lưu Phuong 2025-01–…, tính lại không có").SetName("{m}(override)");
        yield return new TestCaseData((Action<JsonNode>)(root => C7(root)["gaps"]![1]!["missing"] = 20m),
            "C7: amount to green stored 20 computers, recomputed 21 computers", "C7: lượng cần để đạt xanh đã lưu 20 máy tính, tính lại 21 máy tính").SetName("{m}(amount)");
        yield return new TestCaseData((Action<JsonNode>)(root => root["verdict"] = "tooManyRed"),
            "overall: reason code stored tooManyRed, recomputed criticalRed", "tổng thể: mã lý do đã lưu tooManyRed, tính lại criticalRed").SetName("{m}(reason code)");
    }

    [TestCaseSource(nameof(ChangedFacts))]
    public async Task Reproduce_StoredFactDiffers_IsDifferentAndNamesTheFact(Action<JsonNode> edit, string expectedEn, string expectedVi)
    {
        var stored = await StoreRedC7Async("25792");
        var edited = stored with { ResultJson = Edit(stored.ResultJson, edit) };

        var result = await Host.Get<RatingReproducer>().ReproduceAsync(edited, CancellationToken.None);

        Assert.That(edited.ResultJson, Is.Not.EqualTo(stored.ResultJson));
        Assert.That((result.Identical, result.WordingChanged), Is.EqualTo((false, false)));
        Assert.That(result.Differences.Select(d => d.En), Is.EqualTo(new[] { expectedEn }));
        Assert.That(result.Differences.Select(d => d.Vi), Is.EqualTo(new[] { expectedVi }));
    }

    private const string November = "2025-11";

    /// <summary>Imports 17/40 computers with current antivirus (C7, critical, red) for a commune in November and rescores.</summary>
    private async Task<RatingSnapshot> StoreRedC7Async(string commune)
    {
        await ImportLongCsvAsync($"nov-{commune}.csv", $"{commune},{November},AV_UPDATED_MACHINES,17/40");
        return await RescoreAndReadAsync(commune, Scoring.Engine.Model.Period.Parse(November));
    }

    private async Task RewriteStoredAsync(long snapshotId, string json)
    {
        await using var connection = await Host.Get<DbConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(
            "UPDATE RatingSnapshot SET ResultJson = @Json, ResultSha256 = @Sha256 WHERE Id = @Id",
            new { Json = json, Sha256 = Sha256Hex.Of(json), Id = snapshotId });
    }

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var root = JsonNode.Parse(json)!;
        edit(root);
        return root.ToJsonString(ScoreJson.Options);
    }

    private static JsonNode C7(JsonNode root) => root["criteria"]!.AsArray().Single(c => (string?)c!["code"] == "C7")!;
}
