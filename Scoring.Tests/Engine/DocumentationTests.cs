using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>Docs that are tests: the README's rule example loads, and the reference lists every error code.</summary>
public partial class DocumentationTests
{
    private static string RepositoryFile(string name) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", name));

    [Test]
    public void Readme_ExampleCriterion_LoadsInPlaceOfTheShippedOne()
    {
        var example = JsonExample().Match(RepositoryFile("README.md")).Groups[1].Value;
        var rules = JsonNode.Parse(TestRules.ShippedText())!;
        var criteria = rules["criteria"]!.AsArray();
        var index = criteria.Select((c, i) => (c, i)).Single(x => x.c!["code"]!.GetValue<string>() == "C7").i;
        criteria[index] = JsonNode.Parse(example);

        var result = RuleSetReader.Read(rules.ToJsonString());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.RuleSet!.FindCriterion("C7")!.Threshold.Green, Is.EqualTo(95m));
    }

    [Test]
    public void RulesReference_ListsEveryValidationErrorCode()
    {
        var reference = RepositoryFile("docs/rules.md");

        Assert.That(ErrorMessages.Codes.Where(code => !reference.Contains($"`{code}`", StringComparison.Ordinal)), Is.Empty);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonExample();
}
