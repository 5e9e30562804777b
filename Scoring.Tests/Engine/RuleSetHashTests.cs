using System.Text.Json;
using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

public class RuleSetHashTests
{
    [Test]
    public void Sha256_ReformattedFile_IsUnchanged()
    {
        var original = TestRules.Minimal();
        var node = TestRules.MinimalNode();
        var compact = node.ToJsonString();
        var indented = node.ToJsonString(new JsonSerializerOptions { WriteIndented = true });

        Assert.That(TestRules.Valid(compact).Sha256, Is.EqualTo(original.Sha256));
        Assert.That(TestRules.Valid(indented).Sha256, Is.EqualTo(original.Sha256));
        Assert.That(original.Sha256, Does.Match("^[0-9a-f]{64}$"));
    }

    [Test]
    public void Sha256_ReorderedPropertiesAndEquivalentNumbers_AreUnchanged()
    {
        var original = TestRules.Minimal();
        var text = TestRules.MinimalText()
            .Replace("\"green\": 95, \"yellow\": 80", "\"yellow\": 80.0, \"green\": 9.5e1", StringComparison.Ordinal);

        Assert.That(text, Is.Not.EqualTo(TestRules.MinimalText()));
        Assert.That(TestRules.Valid(text).Sha256, Is.EqualTo(original.Sha256));
    }

    [Test]
    public void Sha256_DecomposedVietnamese_HashesLikeComposed()
    {
        var decomposed = TestRules.MinimalText().Replace("Diệt virus", "Diệt virus".Normalize(System.Text.NormalizationForm.FormD), StringComparison.Ordinal);

        Assert.That(decomposed, Is.Not.EqualTo(TestRules.MinimalText()));
        Assert.That(TestRules.Valid(decomposed).Sha256, Is.EqualTo(TestRules.Minimal().Sha256));
    }

    [Test]
    public void Sha256_ChangedThreshold_Changes()
    {
        var changed = TestRules.Minimal(n => n["criteria"]![0]!["threshold"]!["green"] = 96);

        Assert.That(changed.Sha256, Is.Not.EqualTo(TestRules.Minimal().Sha256));
    }

    [Test]
    public void Read_VersionAndEffectiveFrom_AreCarriedIntoTheModel()
    {
        var rules = TestRules.Minimal(n => n["version"] = JsonValue.Create(7));

        Assert.That(rules.Version, Is.EqualTo(7));
        Assert.That(rules.EffectiveFrom.ToString(), Is.EqualTo("2025-07"));
    }
}
