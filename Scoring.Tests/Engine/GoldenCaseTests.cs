using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

public class GoldenCaseTests
{
    [Test]
    public void ShippedRules_CarryGoldenCases_AndAllPass()
    {
        var rules = ShippedRules.Read().RuleSet!;

        var results = GoldenCaseRunner.Run(rules);

        Assert.That(results, Has.Count.GreaterThanOrEqualTo(8));
        Assert.That(results.Where(r => !r.Passed).Select(r => r.Name + ": " + string.Join("; ", r.Failures.Select(f => f.En))), Is.Empty);
    }

    [Test]
    public void Run_CaseWhoseExpectationsNoLongerHold_FailsWithEachMismatchInBothLanguages()
    {
        var rules = TestRules.Valid(ShippedWith(n => n["criteria"]!.AsArray().Single(c => (string)c!["code"]! == "C7")!["threshold"]!["yellow"] = 40));

        var chiMinh = GoldenCaseRunner.Run(rules).First();

        Assert.That(chiMinh.Passed, Is.False);
        Assert.That(chiMinh.Failures.Select(f => f.En), Is.EquivalentTo(new[] { "C7: expected red, got yellow", "C7: gap to yellow expected 15, got 0", "overall: expected red, got yellow" }));
        Assert.That(chiMinh.Failures[0].Vi, Does.StartWith("tổng thể: mong đợi đỏ, kết quả vàng").Or.StartWith("C7: mong đợi đỏ, kết quả vàng"));
    }

    [Test]
    public void Read_CaseWithUnknownIndicatorOrCriterion_IsReported()
    {
        var result = Scoring.Engine.Loading.RuleSetReader.Read(ShippedWith(n =>
        {
            n["cases"]![0]!["values"]![0]!["indicator"] = "NOPE";
            n["cases"]![0]!["expect"]!["criteria"]![0]!["code"] = "C99";
        }));

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Is.EquivalentTo(new[]
        {
            ("$.cases[0].values[0].indicator", "indicator.unknown"),
            ("$.cases[0].expect.criteria[0].code", "criterion.unknown"),
        }));
    }

    [Test]
    public void Read_CaseValueOfTheWrongShape_SaysWhatItNeeds()
    {
        var result = Scoring.Engine.Loading.RuleSetReader.Read(ShippedWith(n => n["cases"]![0]!["values"]![3] = JsonNode.Parse("""{ "indicator": "AV_UPDATED_MACHINES", "part": 17 }""")));

        var error = result.Errors.Single();
        Assert.That((error.Path, error.Code), Is.EqualTo(("$.cases[0].values[3]", "case.valueShape")));
        Assert.That(error.MessageEn, Is.EqualTo("A value of indicator 'AV_UPDATED_MACHINES' (ratio) needs part + whole | number."));
    }

    private static string ShippedWith(Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(ShippedRules.ReadText())!;
        edit(node);
        return node.ToJsonString();
    }
}
