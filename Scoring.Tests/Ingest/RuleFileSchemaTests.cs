using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// ScoringRules.schema.json and the loader are one contract: every rule file we ship or test with as valid matches the
/// schema, a draft the schema refuses is invalid with a vi/en reason, and the loader's document types and the schema
/// describe the same properties at every level.
/// </summary>
public class RuleFileSchemaTests
{
    [Test]
    public void EmbeddedSchema_IsTheRepositoryFile()
    {
        Assert.That(RuleFileSchema.Text, Is.EqualTo(File.ReadAllText(TestRules.Path("Shipped", "ScoringRules.schema.json"))));
    }

    [Test]
    public void ShippedRuleFiles_MatchTheSchema()
    {
        foreach (var text in new[] { TestRules.ShippedText(), TestRules.PointsExampleText() })
        {
            Assert.That(RuleSetReader.Read(text).IsValid, Is.True);
            Assert.That(RuleFileSchema.Validate(text).Select(e => $"{e.Path} {e.Code} {e.MessageEn}"), Is.Empty);
        }
    }

    [Test]
    public void TestRuleFiles_ThatTheLoaderAccepts_MatchTheSchema()
    {
        var files = Directory.GetFiles(TestRules.Path("Rules"), "*.json").Order(StringComparer.Ordinal).ToList();
        var valid = files.Where(f => RuleSetReader.Read(File.ReadAllText(f)).IsValid).ToList();
        var failures = valid.SelectMany(f => RuleFileSchema.Validate(File.ReadAllText(f)).Select(e => $"{Path.GetFileName(f)}: {e.Path} {e.Code} {e.MessageEn}")).ToList();

        Assert.That(valid, Has.Count.GreaterThanOrEqualTo(8), "the valid fixtures are all checked");
        Assert.That(failures, Is.Empty, string.Join("\n", failures));
    }

    [Test]
    public void Draft_ThatOnlyTheSchemaRefuses_IsInvalidWithAViEnReason()
    {
        var text = Edited(TestRules.MinimalText(), node => node["title"]!.AsObject().Remove("en"));

        var read = RuleVersionService.Validate(text);

        Assert.That(RuleSetReader.Read(text).IsValid, Is.True, "the loader alone lets English fall back to Vietnamese");
        Assert.That(read.IsValid, Is.False);
        Assert.That(read.Errors.Select(e => (e.Path, e.Code)).ToList(), Is.EqualTo(new[] { ("$.title", "schema.required") }));
        Assert.That(read.Errors[0].MessageVi, Is.EqualTo("Thiếu thuộc tính bắt buộc theo lược đồ: 'en'."));
        Assert.That(read.Errors[0].MessageEn, Is.EqualTo("Required by the schema but missing: 'en'."));
    }

    [Test]
    public void Draft_WithALoaderError_GetsTheLoadersMessageNotASecondOneFromTheSchema()
    {
        var text = Edited(TestRules.MinimalText(), node => node["indicators"]![0]!["kind"] = "weird");

        var read = RuleVersionService.Validate(text);

        Assert.That(read.Errors.Select(e => e.Path).Distinct().ToList(), Is.EqualTo(new[] { "$.indicators[0].kind" }));
        Assert.That(read.Errors.Select(e => e.Code), Does.Not.Contain("schema.enum"));
    }

    [TestCase("id", "\"Not An Id\"", "$.id", "schema.pattern")]
    [TestCase("version", "0", "$.version", "schema.range")]
    [TestCase("criteria", "[]", "$.criteria", "schema.size")]
    [TestCase("nonsense", "1", "$.nonsense", "schema.unknownProperty")]
    public void Schema_FailureOfEachKind_HasItsCodePathAndBothLanguages(string property, string json, string path, string code)
    {
        var text = Edited(TestRules.MinimalText(), node => node[property] = JsonNode.Parse(json));

        var errors = RuleFileSchema.Validate(text);

        Assert.That(errors.Select(e => (e.Path, e.Code)), Does.Contain((path, code)));
        Assert.That(errors.All(e => e.MessageVi.Length > 0 && e.MessageEn.Length > 0 && e.MessageVi != e.MessageEn), Is.True);
    }

    [Test]
    public void Schema_NotJson_LeavesTheReportToTheLoader()
    {
        Assert.That(RuleFileSchema.Validate("{ not json"), Is.Empty);
        Assert.That(RuleVersionService.Validate("{ not json").Errors.Select(e => e.Code), Is.EqualTo(new[] { "json.malformed" }));
    }

    [Test]
    public void RulesReference_ListsEverySchemaErrorCode()
    {
        var reference = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "docs", "rules.md"));

        Assert.That(RuleSchemaMessages.Codes.Where(code => !reference.Contains($"`{code}`", StringComparison.Ordinal)), Is.Empty);
    }

    /// <summary>
    /// Walks the loader's document types (RuleSetDocument and everything it holds) by reflection beside the schema's
    /// "properties" (following $ref and array items): a property one side has and the other lacks fails, at any depth.
    /// </summary>
    [Test]
    public void LoaderDocumentTypes_AndTheSchema_DescribeTheSameProperties_AtEveryLevel()
    {
        var schema = JsonNode.Parse(RuleFileSchema.Text)!;
        var problems = new List<string>();

        Compare(typeof(RuleSetDocument), schema, schema, "$", problems, 0);

        Assert.That(problems, Is.Empty);
    }

    private static void Compare(Type document, JsonNode schemaObject, JsonNode root, string path, List<string> problems, int depth)
    {
        if (depth > 20)
        {
            problems.Add($"{path}: nested too deep");
            return;
        }

        if (schemaObject["properties"] is not JsonObject described)
        {
            problems.Add($"{path}: the loader reads an object ({document.Name}) where the schema describes no properties");
            return;
        }

        var accepted = document.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p => p.PropertyType);
        problems.AddRange(accepted.Keys.Except(described.Select(p => p.Key)).Select(name => $"{path}.{name}: the loader accepts it, the schema lacks it"));
        problems.AddRange(described.Select(p => p.Key).Except(accepted.Keys).Select(name => $"{path}.{name}: the schema describes it, the loader rejects it"));

        foreach (var (name, type) in accepted.Where(a => described.ContainsKey(a.Key)))
        {
            var property = Resolve(described[name]!, root);
            var (valueType, valueSchema, valuePath) = ElementOf(type) is { } element
                ? (element, Resolve(property["items"] ?? new JsonObject(), root), $"{path}.{name}[]")
                : (Nullable.GetUnderlyingType(type) ?? type, property, $"{path}.{name}");
            if (IsDocument(valueType))
            {
                Compare(valueType, valueSchema, root, valuePath, problems, depth + 1);
            }
            else if (valueSchema["properties"] is not null)
            {
                problems.Add($"{valuePath}: the schema describes an object, the loader reads a {valueType.Name}");
            }
        }
    }

    private static bool IsDocument(Type type) => type.IsClass && type != typeof(string) && type.Namespace == typeof(RuleSetDocument).Namespace;

    private static Type? ElementOf(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0] : null;

    /// <summary>Follows "$ref": "#/$defs/name" (possibly several times) to the schema it names.</summary>
    private static JsonNode Resolve(JsonNode schema, JsonNode root)
    {
        for (var hops = 0; schema["$ref"]?.GetValue<string>() is { } reference && hops < 10; hops++)
        {
            schema = reference.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(root, (node, segment) => node[segment]!);
        }

        return schema;
    }

    private static string Edited(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }
}
