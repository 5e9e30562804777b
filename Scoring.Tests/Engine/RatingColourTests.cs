using System.Text.Json;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>A colour is stored, served as JSON and written into pages as one word: the three spellings never drift.</summary>
[TestFixture]
public sealed class RatingColourTests
{
    [TestCaseSource(typeof(RatingColours), nameof(RatingColours.CriterionValues))]
    public void Json_WritesAndReadsTheStoredSpelling(RatingColour colour)
    {
        var json = JsonSerializer.Serialize(colour);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json, Is.EqualTo("\"" + colour.Spelling() + "\""));
            Assert.That(JsonSerializer.Deserialize<RatingColour>(json), Is.EqualTo(colour));
            Assert.That(RatingColours.TryParse(colour.Spelling(), out var parsed) && parsed == colour, Is.True);
        }
    }

    [TestCaseSource(typeof(RatingColours), nameof(RatingColours.CriterionValues))]
    public void OutcomeAndRating_GiveTheColourBack(RatingColour colour) =>
        Assert.That(RatingColours.Of(colour.OutcomeOf(), colour.AsRating()), Is.EqualTo(colour));

    [TestCase("Green")]
    [TestCase("grey")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("3")]
    public void TryParse_AnythingButASpelling_IsRefused(string? text) =>
        Assert.That(RatingColours.TryParse(text, out _), Is.False);

    [Test]
    public void EveryValueOfTheEnum_IsInTheCriterionList() =>
        Assert.That(Enum.GetValues<RatingColour>(), Is.EquivalentTo(RatingColours.CriterionValues));
}
