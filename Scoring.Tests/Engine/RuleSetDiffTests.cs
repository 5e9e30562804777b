using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

public class RuleSetDiffTests
{
    [Test]
    public void Compare_SameRules_HasNoChanges()
    {
        Assert.That(RuleSetDiff.Compare(TestRules.Minimal(), TestRules.Minimal()), Is.Empty);
    }

    [Test]
    public void Compare_ThresholdCriticalListAndText_ReportsEachCriterionByCriterion()
    {
        var after = TestRules.Minimal(n =>
        {
            n["version"] = 4;
            n["criteria"]![0]!["threshold"]!["green"] = 90;
            n["aggregation"]!["criticalShare"]!["critical"] = new JsonArray("AV", "IOC");
            n["criteria"]![1]!["overrides"]![0]!["green"] = 250;
            n["texts"]!["red"]!["en"] = "Red: {value}.";
        });

        var changes = RuleSetDiff.Compare(TestRules.Minimal(), after);

        Assert.That(changes.Select(c => (c.Scope, c.Field, c.Before, c.After)), Is.EquivalentTo(new[]
        {
            ("ruleSet", "version", "3", "4"),
            ("aggregation", "critical", "AV", "AV, IOC"),
            ("AV", "threshold.green", "95", "90"),
            ("DOSSIERS", "overrides[0].green", "300", "250"),
            ("texts", "Red", "Đỏ: {value} chưa đạt {yellow} ({boundary}). / Red: {value} below {yellow} ({boundary}).", "Đỏ: {value} chưa đạt {yellow} ({boundary}). / Red: {value}."),
        }));
    }

    [Test]
    public void Compare_ComputedIndicatorsAndTheAllowance_AreReported()
    {
        var before = TestRules.Valid(File.ReadAllText(TestRules.Path("Rules", "share.json")));
        var node = JsonNode.Parse(File.ReadAllText(TestRules.Path("Rules", "share.json")))!;
        node["indicators"]![8]!["share"]!["whole"] = "ONLINE_DOSSIERS";
        node["aggregation"]!["criticalShare"]!["unratedAllowance"] = 2;

        var changes = RuleSetDiff.Compare(before, TestRules.Valid(node.ToJsonString()));

        Assert.That(changes.Select(c => (c.Scope, c.Field, c.Before, c.After)), Is.EquivalentTo(new[]
        {
            ("LATE_SHARE", "share", "LATE_RESOLVED / RESOLVED", "LATE_RESOLVED / ONLINE_DOSSIERS"),
            ("aggregation", "unratedAllowance", null, "2"),
        }));
    }

    [Test]
    public void Compare_CriterionValidity_IsReported()
    {
        var after = TestRules.Minimal(n =>
        {
            n["criteria"]![5]!["effectiveTo"] = "2025-12";
            n["criteria"]![4]!["effectiveFrom"] = "2026-01";
        });

        var changes = RuleSetDiff.Compare(TestRules.Minimal(), after);

        Assert.That(changes.Select(c => (c.Scope, c.Field, c.Before, c.After)), Is.EquivalentTo(new (string, string, string?, string?)[]
        {
            ("MIGRATE", "effectiveTo", null, "2025-12"),
            ("IOC", "effectiveFrom", null, "2026-01"),
        }));
    }

    [Test]
    public void Compare_CriterionRemovedAndAdded_AreListed()
    {
        var after = TestRules.Minimal(n =>
        {
            var criteria = n["criteria"]!.AsArray();
            var late = criteria[3]!.DeepClone();
            late["code"] = "LATE2";
            criteria.RemoveAt(3);
            criteria.Add(late);
        });

        var changes = RuleSetDiff.Compare(TestRules.Minimal(), after);

        Assert.That(changes.Select(c => (c.Scope, c.Field)), Is.EquivalentTo(new[] { ("LATE", "removed"), ("LATE2", "added") }));
    }
}
