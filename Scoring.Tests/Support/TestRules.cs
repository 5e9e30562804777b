using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Rule files for tests: the small fixture in TestData/Rules, optionally edited as a JSON tree first.</summary>
public static class TestRules
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([TestContext.CurrentContext.TestDirectory, "TestData", .. parts]);

    /// <summary>A valid rule file from TestData/Rules, e.g. "share.json".</summary>
    public static RuleSet Fixture(string fileName) => Valid(File.ReadAllText(Path("Rules", fileName)));

    public static string MinimalText() => File.ReadAllText(Path("Rules", "minimal.json"));

    public static string ShippedText() => File.ReadAllText(Path("Shipped", "ScoringRules.json"));

    public static string PointsExampleText() => File.ReadAllText(Path("Shipped", "ScoringRules.points-example.json"));

    public static JsonNode MinimalNode() => JsonNode.Parse(MinimalText())!;

    public static RuleSet Minimal(Action<JsonNode>? edit = null) => Valid(Edited(MinimalText(), edit));

    public static RuleSetReadResult ReadEdited(Action<JsonNode> edit) => RuleSetReader.Read(Edited(MinimalText(), edit));

    public static RuleSet Valid(string json)
    {
        var result = RuleSetReader.Read(json);
        Assert.That(result.Errors, Is.Empty, "the rule file should be valid: " + string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Code} {e.MessageEn}")));
        return result.RuleSet!;
    }

    private static string Edited(string json, Action<JsonNode>? edit)
    {
        if (edit is null)
        {
            return json;
        }

        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }
}
