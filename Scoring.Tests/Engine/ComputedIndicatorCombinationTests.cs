using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// Computed indicators combine only where the result means something: a year-to-date sum may sum a share, but nothing is
/// computed from a per-capita rate, a share is never of a computed count, and one indicator is computed one way.
/// </summary>
public class ComputedIndicatorCombinationTests
{
    private static JsonNode Rules()
    {
        var node = JsonNode.Parse(File.ReadAllText(TestRules.Path("Rules", "share.json")))!;
        var indicators = node["indicators"]!.AsArray();
        indicators.Add(JsonNode.Parse("""{ "code": "LATE_PER_1000", "kind": "count", "name": { "vi": "Quá hạn trên 1.000 dân", "en": "Late per 1,000" }, "unit": { "vi": "hồ sơ", "en": "dossiers" }, "perCapita": { "of": "LATE_RESOLVED", "per": 1000 } }"""));
        indicators.Add(JsonNode.Parse("""{ "code": "LATE_YTD", "kind": "count", "name": { "vi": "Quá hạn từ đầu năm", "en": "Late this year" }, "unit": { "vi": "hồ sơ", "en": "dossiers" }, "accumulate": { "of": "LATE_RESOLVED", "over": "yearToDate" } }"""));
        return node;
    }

    [Test]
    public void ThePlainForms_AreValid() =>
        Assert.That(RuleSetReader.Read(Rules().ToJsonString()).Errors, Is.Empty);

    [TestCase("accumulate of a per-capita rate", 10, "accumulate", """{ "of": "LATE_PER_1000", "over": "yearToDate" }""", "$.indicators[10].accumulate.of", "accumulate.source")]
    [TestCase("per-capita of a year-to-date sum", 9, "perCapita", """{ "of": "LATE_YTD", "per": 1000 }""", "$.indicators[9].perCapita.of", "perCapita.ofNotCount")]
    [TestCase("share of a per-capita rate", 8, "share", """{ "part": "LATE_PER_1000", "whole": "RESOLVED" }""", "$.indicators[8].share.part", "share.notCount")]
    [TestCase("per-capita and accumulate at once", 9, "accumulate", """{ "of": "LATE_RESOLVED", "over": "rolling12" }""", "$.indicators[9].perCapita", "computed.twice")]
    public void AMeaninglessCombination_IsAValidationError(string what, int index, string property, string value, string path, string code)
    {
        var node = Rules();
        node["indicators"]![index]![property] = JsonNode.Parse(value);

        var errors = RuleSetReader.Read(node.ToJsonString()).Errors;

        Assert.That(errors.Select(e => (e.Path, e.Code)), Does.Contain((path, code)), what);
    }
}
