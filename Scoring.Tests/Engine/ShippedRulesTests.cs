using System.Text.Json;
using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

public class ShippedRulesTests
{
    [Test]
    public void ShippedRules_LoadAndValidate()
    {
        var result = ShippedRules.Read();

        Assert.That(result.Errors, Is.Empty, string.Join("; ", result.Errors.Select(e => $"{e.Path} {e.Code}")));
        Assert.That(result.RuleSet!.Aggregation, Is.InstanceOf<CriticalShareAggregation>());
    }

    [Test]
    public void ShippedRules_EmbeddedCopyIsTheRepositoryFile()
    {
        Assert.That(ShippedRules.ReadText(), Is.EqualTo(TestRules.ShippedText()));
    }

    [Test]
    public void ShippedRules_EncodeThe8CommonAnd21SpecificTasksInOrder()
    {
        var rules = ShippedRules.Read().RuleSet!;
        var common = Enumerable.Range(1, 8).SelectMany(i => i == 2 ? new[] { "C2", "C2.KQ" } : [$"C{i}"]);
        var expected = common.Concat(Enumerable.Range(1, 21).Select(i => $"S{i}"));

        Assert.That(rules.Criteria.Select(c => c.Code), Is.EqualTo(expected));
        Assert.That(rules.Criteria.Count(c => c.Group == CriterionGroup.Common), Is.EqualTo(9), "task 2 is rated twice: online dossiers and results returned digitally");
        Assert.That(rules.Criteria.All(c => c.LegalReference.Plan.StartsWith("Kế hoạch 02-KH/BCĐTW", StringComparison.Ordinal)), Is.True);
        Assert.That(rules.Criteria.All(c => c.Name.Vi.Length > 0 && c.Name.En != c.Name.Vi), Is.True, "every task named in vi and en");
    }

    [Test]
    public void ShippedRules_AntivirusIsProposed95And80()
    {
        var c7 = ShippedRules.Read().RuleSet!.FindCriterion("C7")!;

        Assert.That(c7.Indicator.Kind, Is.EqualTo(IndicatorKind.Ratio));
        Assert.That((c7.Threshold.Green, c7.Threshold.Yellow), Is.EqualTo((95m, 80m)));
        Assert.That(c7.Threshold.Basis, Is.EqualTo(ThresholdBasis.Proposed));
        Assert.That(c7.Threshold.Source, Does.Contain("chưa có ngưỡng chính thức"));
    }

    [Test]
    public void ShippedRules_EveryIndicatorKindIsUsed()
    {
        var kinds = ShippedRules.Read().RuleSet!.Criteria.Select(c => c.Indicator.Kind).Distinct();

        Assert.That(kinds, Is.EquivalentTo(Enum.GetValues<IndicatorKind>()));
    }

    [Test]
    public void ShippedRules_AllTextIsNfc()
    {
        var text = TestRules.ShippedText();

        Assert.That(text.IsNormalized(System.Text.NormalizationForm.FormC), Is.True);
    }

    [Test]
    public void PointsExample_LoadsAndUsesPointsThatAddUpToTheTotal()
    {
        var rules = TestRules.Valid(TestRules.PointsExampleText());

        var points = (PointsAggregation)rules.Aggregation;
        Assert.That(rules.Criteria.Sum(c => c.Points!.MaxPoints), Is.EqualTo(points.TotalPoints));
        Assert.That(points.GreenBand, Is.GreaterThan(points.YellowBand));
    }

    [Test]
    public void Schema_DescribesEveryRootPropertyTheLoaderAccepts()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(TestRules.Path("Shipped", "ScoringRules.schema.json")));
        var described = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var accepted = typeof(RuleSetDocument).GetProperties()
            .Select(p => p.GetCustomAttributes(typeof(System.Text.Json.Serialization.JsonPropertyNameAttribute), false)
                .Cast<System.Text.Json.Serialization.JsonPropertyNameAttribute>().FirstOrDefault()?.Name
                ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name));

        Assert.That(described, Is.EquivalentTo(accepted));
    }
}
