using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>The form's values read from a draft's JSON: key → the text an input shows ("95", "2025-07", "phuong,xa", "true").</summary>
public static class DraftFormValues
{
    public static Dictionary<string, string> Read(JsonNode root, DraftFormLayout layout)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(layout);
        var critical = CriticalCodes(root);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in layout.Criteria)
        {
            foreach (var field in section.Fields.Concat(section.Overrides.SelectMany(o => o)))
            {
                values[field.Key] = field.Kind == DraftFieldKind.Critical
                    ? (critical.Contains(section.Code) ? "true" : "false")
                    : Show(field, DraftJson.Find(root, field.Key));
            }
        }

        foreach (var field in layout.Aggregation)
        {
            values[field.Key] = Show(field, DraftJson.Find(root, field.Key));
        }

        return values;
    }

    /// <summary>The codes in the overall method's critical list.</summary>
    public static HashSet<string> CriticalCodes(JsonNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        if (root["aggregation"]?["criticalShare"]?["critical"] is JsonArray list)
        {
            foreach (var item in list)
            {
                if (DraftJson.Text(item) is { } code)
                {
                    codes.Add(code);
                }
            }
        }

        return codes;
    }

    private static string Show(DraftField field, JsonNode? node)
    {
        if (node is null)
        {
            return field.Kind == DraftFieldKind.Flag ? "false" : "";
        }

        switch (field.Kind)
        {
            case DraftFieldKind.Flag:
                return node is JsonValue v && v.TryGetValue<bool>(out var flag) && flag ? "true" : "false";
            case DraftFieldKind.UnitTypes:
                return node is JsonArray array ? string.Join(",", array.Select(DraftJson.Text).Where(t => t is not null)) : "";
            case DraftFieldKind.Decimal:
            case DraftFieldKind.WholeNumber:
                return DraftJson.Number(node) is { } number ? number.ToString(CultureInfo.InvariantCulture) : Raw(node);
            default:
                return DraftJson.Text(node) ?? Raw(node);
        }
    }

    // A value of the wrong type in the JSON (a number where text belongs) is shown as written, so it can be corrected.
    private static string Raw(JsonNode node) => node.GetValueKind() == JsonValueKind.String ? DraftJson.Text(node) ?? "" : node.ToJsonString();
}
