using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// Writes the posted form into a draft's JSON tree. Only the fields the form shows are touched, and only where the
/// posted value differs from what the JSON holds (95 and 95.0 are the same number), so everything else, unknown
/// fields included, stays exactly as it was. A field that is not posted is left alone; a value that cannot be
/// written (not a number, too large, not a month…) is returned as an error and the JSON keeps its old value.
/// </summary>
public static partial class DraftFormWriter
{
    /// <summary>Cuts and counts beyond this are typing mistakes, not rules; the engine's own limits come after.</summary>
    public const decimal MaxMagnitude = 1_000_000_000m;

    public const int MaxTextLength = 4000;

    /// <summary>The errors, and whether the JSON changed.</summary>
    public sealed record Outcome(IReadOnlyList<DraftFieldError> Errors, bool Changed);

    /// <param name="posted">The values posted for a key (several for checkboxes); null when the key was not posted.</param>
    public static Outcome Apply(JsonObject root, DraftFormLayout layout, Func<string, IReadOnlyList<string>?> posted)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(posted);
        var errors = new List<DraftFieldError>();
        var changed = false;
        foreach (var section in layout.Criteria)
        {
            var strategyBefore = DraftJson.Text(DraftJson.Find(root, section.Key + ".missing.strategy"));
            foreach (var field in section.Fields.Concat(section.Overrides.SelectMany(o => o)))
            {
                if (posted(field.Key) is { } values)
                {
                    changed |= field.Kind == DraftFieldKind.Critical
                        ? ApplyCritical(root, field, section.Code, values, errors)
                        : ApplyField(root, field, values, errors);
                }
            }

            // Periods carried and "within the year" belong to carryForward only: switching away drops them.
            var strategy = DraftJson.Text(DraftJson.Find(root, section.Key + ".missing.strategy"));
            if (strategy != strategyBefore && strategy != "carryForward")
            {
                DraftJson.Set(root, section.Key + ".missing.periods", null);
                DraftJson.Set(root, section.Key + ".missing.withinYear", null);
            }
        }

        foreach (var field in layout.Aggregation)
        {
            if (posted(field.Key) is { } values)
            {
                changed |= ApplyField(root, field, values, errors);
            }
        }

        return new Outcome(errors, changed);
    }

    private static bool ApplyField(JsonObject root, DraftField field, IReadOnlyList<string> values, List<DraftFieldError> errors)
    {
        var current = DraftJson.Find(root, field.Key);
        var text = field.Kind == DraftFieldKind.UnitTypes ? "" : Normalise(values.Count == 0 ? "" : values[^1]);
        if (!TryConvert(field, text, values, current, out var value, out var error))
        {
            errors.Add(new DraftFieldError(field.Key, error!, text.Length > 200 ? text[..200] + "…" : text));
            return false;
        }

        if (Same(field, current, value))
        {
            return false;
        }

        return DraftJson.Set(root, field.Key, value);
    }

    private static bool ApplyCritical(JsonObject root, DraftField field, string code, IReadOnlyList<string> values, List<DraftFieldError> errors)
    {
        var text = values.Count == 0 ? "false" : values[^1];
        if (text is not ("true" or "false"))
        {
            errors.Add(new DraftFieldError(field.Key, "choice", text));
            return false;
        }

        var wanted = text == "true";
        if (DraftFormValues.CriticalCodes(root).Contains(code) == wanted)
        {
            return false;
        }

        if (root["aggregation"]?["criticalShare"] is not JsonObject share)
        {
            return false;
        }

        if (share["critical"] is not JsonArray list)
        {
            list = [];
            share["critical"] = list;
        }

        if (wanted)
        {
            list.Add(code);
        }
        else
        {
            for (var i = list.Count - 1; i >= 0; i--)
            {
                if (DraftJson.Text(list[i]) == code)
                {
                    list.RemoveAt(i);
                }
            }
        }

        return true;
    }

    private static bool TryConvert(DraftField field, string text, IReadOnlyList<string> values, JsonNode? current, out JsonNode? value, out string? error)
    {
        value = null;
        error = null;
        if (field.Kind == DraftFieldKind.UnitTypes)
        {
            var chosen = values.Where(v => !string.IsNullOrEmpty(v)).Distinct(StringComparer.Ordinal).ToList();
            if (chosen.Any(v => !DraftFormLayout.UnitTypeCodes.Contains(v)))
            {
                error = "choice";
                return false;
            }

            value = chosen.Count == 0 ? null : new JsonArray([.. DraftFormLayout.UnitTypeCodes.Where(chosen.Contains).Select(t => (JsonNode)JsonValue.Create(t))]);
            return true;
        }

        if (field.Kind == DraftFieldKind.Flag)
        {
            if (text is not ("true" or "false"))
            {
                error = "choice";
                return false;
            }

            // False is the absent default; an explicit false already in the file stays (see Same).
            value = text == "true" ? JsonValue.Create(true) : null;
            return true;
        }

        if (text.Length == 0)
        {
            return true;
        }

        if (text.Length > MaxTextLength)
        {
            error = "tooLong";
            return false;
        }

        if (text.Any(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\t'))))
        {
            error = "characters";
            return false;
        }

        switch (field.Kind)
        {
            case DraftFieldKind.Decimal:
            case DraftFieldKind.WholeNumber:
                var trimmed = text.Trim();
                if (!NumberPattern().IsMatch(trimmed))
                {
                    error = "number";
                    return false;
                }

                if (trimmed.TrimStart('-').Split('.')[0].TrimStart('0').Length > 10
                    || !decimal.TryParse(trimmed, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    || Math.Abs(number) > MaxMagnitude)
                {
                    error = "tooLarge";
                    return false;
                }

                if (field.Kind == DraftFieldKind.WholeNumber)
                {
                    if (number != decimal.Truncate(number))
                    {
                        error = "whole";
                        return false;
                    }

                    value = JsonValue.Create((int)number);
                    return true;
                }

                // Keep the number as typed when it equals the one in the file (95 stays 95, not 95.0).
                value = DraftJson.Number(current) == number ? current!.DeepClone() : JsonValue.Create(number);
                return true;
            case DraftFieldKind.Month:
                if (!DashboardKpi.Scoring.Engine.Model.Period.TryParse(text.Trim(), out var period))
                {
                    error = "month";
                    return false;
                }

                value = JsonValue.Create(period.ToString());
                return true;
            case DraftFieldKind.Date:
                if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    error = "date";
                    return false;
                }

                value = JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                return true;
            case DraftFieldKind.Choice:
                if (field.Choices is { } choices && !choices.Contains(text))
                {
                    error = "choice";
                    return false;
                }

                value = JsonValue.Create(text);
                return true;
            default:
                value = JsonValue.Create(text);
                return true;
        }
    }

    /// <summary>Whether the JSON already holds this value: then it is not rewritten, so the file keeps its own form.</summary>
    private static bool Same(DraftField field, JsonNode? current, JsonNode? value)
    {
        if (current is null || value is null)
        {
            // An explicit false (withinYear: false) is the same as absent.
            return value is null && (current is null || (field.Kind == DraftFieldKind.Flag && current is JsonValue v && v.TryGetValue<bool>(out var b) && !b));
        }

        return field.Kind switch
        {
            DraftFieldKind.Decimal or DraftFieldKind.WholeNumber => DraftJson.Number(current) is { } a && DraftJson.Number(value) == a,
            DraftFieldKind.UnitTypes => current is JsonArray array
                && array.Select(DraftJson.Text).ToHashSet(StringComparer.Ordinal).SetEquals(((JsonArray)value).Select(DraftJson.Text)),
            _ => JsonNode.DeepEquals(current, value),
        };
    }

    // Browsers send a textarea's line breaks as CRLF; the file has LF.
    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
