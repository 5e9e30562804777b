using System.Globalization;
using System.Text.Json;
using DashboardKpi.Scoring.Engine.Loading;
using Json.Schema;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// Checks rule-file text against ScoringRules.schema.json (embedded from the repository root) with JsonSchema.Net,
/// so what editors validate with and what the site accepts are one contract. Each failure comes back as a
/// <see cref="RuleSetError"/> with its JSON path and a vi/en message (<see cref="RuleSchemaMessages"/>); text that is
/// not JSON gives no schema error (the loader reports it). Kept out of Scoring.Engine, which references no package
/// beyond FluentValidation.
/// </summary>
public static class RuleFileSchema
{
    public const string ResourceName = "ScoringRules.schema.json";

    /// <summary>The schema's text, as shipped with this build.</summary>
    public static string Text { get; } = ReadEmbedded();

    private static readonly Uri _baseUri = new("https://dashboardkpi.invalid/ScoringRules.schema.json");

    private static readonly Lazy<JsonSchema> _schema = new(() =>
        JsonSchema.FromText(Text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }, _baseUri));

    private static readonly EvaluationOptions _evaluation = new() { OutputFormat = OutputFormat.Hierarchical, Culture = CultureInfo.InvariantCulture };

    private static readonly JsonDocumentOptions _parsing = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static IReadOnlyList<RuleSetError> Validate(string jsonText)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(jsonText ?? "", _parsing);
        }
        catch (JsonException)
        {
            return [];
        }

        using (document)
        {
            var results = _schema.Value.Evaluate(document.RootElement, _evaluation);
            var errors = new List<RuleSetError>();
            if (!results.IsValid)
            {
                Collect(results, document.RootElement, errors);
            }

            return errors.Distinct().ToList();
        }
    }

    /// <summary>
    /// The failures that decide the result: an "if" that does not match is no failure, and for "oneOf"/"anyOf" the
    /// keyword's own message says more than every failing alternative. A node that fails with no message of its own
    /// and no failing child (a "not" or "else" that forbids a combination) gets one combination error.
    /// </summary>
    private static void Collect(EvaluationResults node, JsonElement root, List<RuleSetError> errors)
    {
        var own = node.Errors ?? new Dictionary<string, string>();
        foreach (var keyword in own.Keys)
        {
            errors.Add(RuleSchemaMessages.Create(node.InstanceLocation.ToString(), keyword, own[keyword], root));
        }

        if (own.ContainsKey("oneOf") || own.ContainsKey("anyOf"))
        {
            return;
        }

        var failing = (node.Details ?? []).Where(d => !d.IsValid && !d.EvaluationPath.ToString().EndsWith("/if", StringComparison.Ordinal)).ToList();
        foreach (var child in failing)
        {
            Collect(child, root, errors);
        }

        if (own.Count == 0 && failing.Count == 0)
        {
            errors.Add(RuleSchemaMessages.Create(node.InstanceLocation.ToString(), "", null, root));
        }
    }

    private static string ReadEmbedded()
    {
        using var stream = typeof(RuleFileSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
