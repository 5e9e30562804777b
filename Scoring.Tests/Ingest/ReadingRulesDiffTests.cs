using DashboardKpi.Ingest.Jobs.Reports.Narrative;

namespace DashboardKpi.Scoring.Tests.Ingest;

public class ReadingRulesDiffTests
{
    [Test]
    public void Compare_SameFile_IsEmpty()
    {
        var diff = ReadingRulesDiff.Compare(ReadingRules.Shipped, ReadingRules.Parse(ReadingRules.ShippedJson));

        Assert.That(diff.IsEmpty, Is.True);
    }

    [Test]
    public void Compare_AddedRemovedAndChanged_AreEachNamed()
    {
        var edited = ReadingRules.ShippedJson
            .Replace("{ \"code\": \"SPECIALISED_NETWORK\", \"tasks\": [\"S8\"], \"shape\": \"yesNo\", \"any\": [\"truyền số liệu chuyên dùng\"] },", "", StringComparison.Ordinal)
            .Replace("\"unit\": [\"máy\"]", "\"unit\": [\"máy tính\"], \"maxGap\": 30", StringComparison.Ordinal)
            .Replace("\"negations\": [\"chưa\", \"không\"]", "\"negations\": [\"chưa\", \"không\", \"chưa được\"]", StringComparison.Ordinal)
            .Replace("\"indicators\": [", "\"indicators\": [ { \"code\": \"NEW_ONE\", \"tasks\": [\"S1\"], \"shape\": \"task\" },", StringComparison.Ordinal);

        var diff = ReadingRulesDiff.Compare(ReadingRules.Shipped, ReadingRules.Parse(edited));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(diff.AddedIndicators.Select(i => i.Code), Is.EqualTo(new[] { "NEW_ONE" }));
            Assert.That(diff.RemovedIndicators.Select(i => i.Code), Is.EqualTo(new[] { "SPECIALISED_NETWORK" }));
            Assert.That(diff.Changes.Any(c => c.Indicator == "AV_UPDATED_MACHINES" && c.Field == "patterns[0].unit"
                && c.Added.SequenceEqual(["máy tính"]) && c.Removed.SequenceEqual(["máy"])), Is.True);
            Assert.That(diff.Changes.Any(c => c.Indicator == "AV_UPDATED_MACHINES" && c.Field == "patterns[0].maxGap"
                && c.Before == "60" && c.After == "30"), Is.True);
            Assert.That(diff.Changes.Any(c => c.Indicator == ReadingRulesDiff.FileWide && c.Field == "negations" && c.Added.SequenceEqual(["chưa được"])), Is.True);
            Assert.That(diff.ChangedIndicatorCount, Is.EqualTo(1));
        }
    }
}
