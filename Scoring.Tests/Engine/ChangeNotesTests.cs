using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>The optional "changes" block: what changed against an earlier version and why, per criterion.</summary>
public class ChangeNotesTests
{
    [Test]
    public void V2Sample_ReadsItsNotes_IncludingOneOnACriterionNotInTheFile()
    {
        var rules = TestRules.Valid(ShippedFiles.V2SampleText());

        using (Assert.EnterMultipleScope())
        {
            Assert.That((rules.Version, rules.Changes!.From), Is.EqualTo((2, 1)));
            Assert.That(rules.Changes.Summary!.En, Does.Contain("S21"));
            Assert.That(rules.Changes.For("S21")!.Vi, Does.StartWith("Ngưỡng vàng từ 5 lên 10"));
            Assert.That(rules.Changes.For("S99"), Is.Not.Null, "a removed criterion may have a note");
            Assert.That(rules.FindCriterion("S99"), Is.Null);
            Assert.That(rules.Changes.For("C7"), Is.Null);
            Assert.That(GoldenCaseRunner.Run(rules).Where(r => !r.Passed).Select(r => r.Name), Is.Empty);
        }
    }

    [Test]
    public void V1_HasNoNotes_AndItsCanonicalHashIsUnchanged()
    {
        var v1 = TestRules.Valid(ShippedFiles.V1Text());

        Assert.That(v1.Changes, Is.Null);
        Assert.That((v1.Version, v1.Sha256), Is.EqualTo((1, V1CanonicalSha256)), "the notes feature must not change the hash of a file without notes");
    }

    [Test]
    public void Notes_CountInTheHash_LikeEveryOtherPartOfTheFile()
    {
        var withNotes = TestRules.Valid(ShippedFiles.V2SampleText());
        var node = JsonNode.Parse(ShippedFiles.V2SampleText())!;
        node.AsObject().Remove("changes");

        Assert.That(TestRules.Valid(node.ToJsonString()).Sha256, Is.Not.EqualTo(withNotes.Sha256));
    }

    [TestCase("""{ "summary": { "vi": "x" } }""", "$.changes.from", "required")]
    [TestCase("""{ "from": 2 }""", "$.changes.from", "changes.fromNotEarlier")]
    [TestCase("""{ "from": 0 }""", "$.changes.from", "changes.fromNotEarlier")]
    [TestCase("""{ "from": 1, "summary": { "en": "only English" } }""", "$.changes.summary", "name.viMissing")]
    [TestCase("""{ "from": 1, "criteria": [ { "code": "S21", "en": "why" } ] }""", "$.changes.criteria[0].vi", "required")]
    [TestCase("""{ "from": 1, "criteria": [ { "vi": "vì" } ] }""", "$.changes.criteria[0].code", "required")]
    [TestCase("""{ "from": 1, "criteria": [ { "code": "s21", "vi": "vì" } ] }""", "$.changes.criteria[0].code", "code.invalid")]
    [TestCase("""{ "from": 1, "criteria": [ { "code": "S21", "vi": "a" }, { "code": "S21", "vi": "b" } ] }""", "$.changes.criteria[1].code", "code.duplicate")]
    [TestCase("""{ "from": 1, "other": true }""", "$.changes.other", null)]
    public void BadNotes_AreErrorsWithTheirPath(string changes, string path, string? code)
    {
        var node = JsonNode.Parse(ShippedFiles.V2SampleText())!;
        node["changes"] = JsonNode.Parse(changes);

        var result = RuleSetReader.Read(node.ToJsonString());

        Assert.That(result.RuleSet, Is.Null);
        if (code is null)
        {
            Assert.That(result.Errors.Select(e => e.Path), Has.Some.StartsWith("$.changes"));
        }
        else
        {
            Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Does.Contain((path, code)));
        }
    }

    /// <summary>The canonical SHA-256 of TestData/Rules/v1.json (the rule file shipped before v2), pinned.</summary>
    private const string V1CanonicalSha256 = "de6be836688c9b023d8b52f4f0bc729acbc2d80bb761796d395df363be565c10";
}
