using System.Globalization;
using System.Text.Json.Nodes;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// Which inputs the form shows for a draft: per criterion the cuts (or deadline) its indicator kind takes, basis,
/// source, reference or rationale, overrides, validity, critical flag, minimum denominator (ratios), missing-data rule
/// and points (points method); and the overall method's parameters. Built from the JSON itself, so a criterion or an
/// override added in the JSON view shows in the form too.
/// </summary>
public sealed record DraftFormLayout(string Method, IReadOnlyList<DraftField> Aggregation, IReadOnlyList<DraftFormLayout.Section> Criteria)
{
    public static readonly IReadOnlyList<string> Bases = ["official", "adopted", "proposed"];
    public static readonly IReadOnlyList<string> Directions = ["higherIsBetter", "lowerIsBetter"];
    public static readonly IReadOnlyList<string> MissingStrategies = ["noData", "red", "carryForward", "holdState"];
    public static readonly IReadOnlyList<string> UnitTypeCodes = ["phuong", "xa", "dac_khu"];

    /// <summary>One criterion's block: its own fields and one list of fields per override.</summary>
    public sealed record Section(int Index, string Code, string NameVi, string NameEn, string Kind, IReadOnlyList<DraftField> Fields, IReadOnlyList<IReadOnlyList<DraftField>> Overrides)
    {
        public string Key => string.Create(CultureInfo.InvariantCulture, $"criteria[{Index}]");
    }

    /// <summary>Every field, aggregation first.</summary>
    public IEnumerable<DraftField> All => Aggregation.Concat(Criteria.SelectMany(c => c.Fields.Concat(c.Overrides.SelectMany(o => o))));

    public static DraftFormLayout Of(JsonNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var method = Str(root["aggregation"]?["method"]) ?? "";
        var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root["indicators"] is JsonArray indicators)
        {
            foreach (var indicator in indicators.OfType<JsonObject>())
            {
                if (Str(indicator["code"]) is { } code && Str(indicator["kind"]) is { } kind)
                {
                    kinds[code] = kind;
                }
            }
        }

        var sections = new List<Section>();
        if (root["criteria"] is JsonArray criteria)
        {
            for (var i = 0; i < criteria.Count; i++)
            {
                if (criteria[i] is not JsonObject c)
                {
                    continue;
                }

                var kind = Str(c["indicator"]) is { } ind && kinds.TryGetValue(ind, out var k) ? k : "";
                var key = string.Create(CultureInfo.InvariantCulture, $"criteria[{i}]");
                var overrides = new List<IReadOnlyList<DraftField>>();
                var count = (c["overrides"] as JsonArray)?.Count ?? 0;
                for (var j = 0; j < count; j++)
                {
                    overrides.Add(OverrideFields(string.Create(CultureInfo.InvariantCulture, $"{key}.overrides[{j}]"), kind));
                }

                sections.Add(new Section(i, Str(c["code"]) ?? "?", Str(c["name"]?["vi"]) ?? "", Str(c["name"]?["en"]) ?? "", kind,
                    CriterionFields(key, kind, method), overrides));
            }
        }

        return new DraftFormLayout(method, AggregationFields(method), sections);
    }

    private static List<DraftField> CriterionFields(string key, string kind, string method)
    {
        var fields = new List<DraftField>();
        if (method == "criticalShare")
        {
            fields.Add(new(key + ".critical", DraftFieldKind.Critical, "FormEdit.F.critical"));
        }

        fields.AddRange(Cuts(key + ".threshold", kind, "threshold"));
        fields.AddRange(Basis(key + ".threshold", "threshold"));
        if (kind == "ratio")
        {
            fields.Add(new(key + ".minDenominator", DraftFieldKind.Decimal, "FormEdit.F.minDenominator"));
        }

        fields.Add(new(key + ".missing.strategy", DraftFieldKind.Choice, "FormEdit.F.missing.strategy", MissingStrategies));
        fields.Add(new(key + ".missing.periods", DraftFieldKind.WholeNumber, "FormEdit.F.missing.periods"));
        fields.Add(new(key + ".missing.withinYear", DraftFieldKind.Flag, "FormEdit.F.missing.withinYear"));
        fields.Add(new(key + ".effectiveFrom", DraftFieldKind.Month, "FormEdit.F.effectiveFrom"));
        fields.Add(new(key + ".effectiveTo", DraftFieldKind.Month, "FormEdit.F.effectiveTo"));
        if (method == "points")
        {
            fields.Add(new(key + ".points.maxPoints", DraftFieldKind.Decimal, "FormEdit.F.points.maxPoints"));
            fields.Add(new(key + ".points.fullScoreAt", DraftFieldKind.Decimal, "FormEdit.F.points.fullScoreAt"));
        }

        return fields;
    }

    private static List<DraftField> OverrideFields(string key, string kind)
    {
        List<DraftField> fields =
        [
            new(key + ".unitTypes", DraftFieldKind.UnitTypes, "FormEdit.F.override.unitTypes", UnitTypeCodes),
            new(key + ".fromPeriod", DraftFieldKind.Month, "FormEdit.F.override.fromPeriod"),
            new(key + ".toPeriod", DraftFieldKind.Month, "FormEdit.F.override.toPeriod"),
        ];
        fields.AddRange(Cuts(key, kind, "override").Where(f => !f.Key.EndsWith(".direction", StringComparison.Ordinal)));
        fields.AddRange(Basis(key, "override"));
        fields.Add(new(key + ".reason.vi", DraftFieldKind.LongText, "FormEdit.F.override.reason.vi"));
        fields.Add(new(key + ".reason.en", DraftFieldKind.LongText, "FormEdit.F.override.reason.en"));
        return fields;
    }

    private static IEnumerable<DraftField> Cuts(string key, string kind, string label)
    {
        if (kind is "ratio" or "count" or "percentage")
        {
            yield return new(key + ".direction", DraftFieldKind.Choice, "FormEdit.F.direction", Directions);
            yield return new(key + ".green", DraftFieldKind.Decimal, $"FormEdit.F.{label}.green");
            yield return new(key + ".yellow", DraftFieldKind.Decimal, $"FormEdit.F.{label}.yellow");
        }
        else if (kind == "task")
        {
            yield return new(key + ".deadline", DraftFieldKind.Date, $"FormEdit.F.{label}.deadline");
        }
    }

    private static IEnumerable<DraftField> Basis(string key, string label) =>
    [
        new(key + ".basis", DraftFieldKind.Choice, $"FormEdit.F.{label}.basis", Bases),
        new(key + ".source", DraftFieldKind.Text, "FormEdit.F.source"),
        new(key + ".reference.document", DraftFieldKind.Text, "FormEdit.F.reference.document"),
        new(key + ".reference.date", DraftFieldKind.Date, "FormEdit.F.reference.date"),
        new(key + ".reference.clause", DraftFieldKind.Text, "FormEdit.F.reference.clause"),
        new(key + ".rationale.vi", DraftFieldKind.LongText, "FormEdit.F.rationale.vi"),
        new(key + ".rationale.en", DraftFieldKind.LongText, "FormEdit.F.rationale.en"),
    ];

    private static List<DraftField> AggregationFields(string method)
    {
        var fields = new List<DraftField>();
        if (method == "criticalShare")
        {
            fields.Add(new("aggregation.criticalShare.redCriteriaForRed", DraftFieldKind.WholeNumber, "FormEdit.F.agg.redCriteriaForRed"));
            fields.Add(new("aggregation.criticalShare.greenSharePercent", DraftFieldKind.Decimal, "FormEdit.F.agg.greenSharePercent"));
            fields.Add(new("aggregation.criticalShare.unratedAllowance", DraftFieldKind.WholeNumber, "FormEdit.F.agg.unratedAllowance"));
            fields.Add(new("aggregation.criticalShare.criticalRationale.vi", DraftFieldKind.LongText, "FormEdit.F.agg.criticalRationale.vi"));
            fields.Add(new("aggregation.criticalShare.criticalRationale.en", DraftFieldKind.LongText, "FormEdit.F.agg.criticalRationale.en"));
        }
        else if (method == "points")
        {
            fields.Add(new("aggregation.points.totalPoints", DraftFieldKind.Decimal, "FormEdit.F.agg.totalPoints"));
            fields.Add(new("aggregation.points.bands.green", DraftFieldKind.Decimal, "FormEdit.F.agg.bands.green"));
            fields.Add(new("aggregation.points.bands.yellow", DraftFieldKind.Decimal, "FormEdit.F.agg.bands.yellow"));
        }

        fields.AddRange(Basis("aggregation", "agg").Where(f => !f.Key.EndsWith(".source", StringComparison.Ordinal)));
        return fields;
    }

    private static string? Str(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
