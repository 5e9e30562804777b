using System.Globalization;
using System.Text;
using System.Text.Json;
using DashboardKpi.Scoring.Engine.Loading;

namespace DashboardKpi.Ingest.Jobs.RuleVersions;

/// <summary>
/// The vi/en message for each JSON Schema keyword a rule file can fail, with the stable code "schema.*". The
/// library's English message is not shown: it names neither the value nor, in Vietnamese, anything at all.
/// </summary>
public static class RuleSchemaMessages
{
    private static readonly Dictionary<string, (string Vi, string En)> _messages = new()
    {
        ["schema.unknownProperty"] = ("Thuộc tính '{0}' không có trong lược đồ tệp quy tắc (ScoringRules.schema.json); hãy kiểm tra chính tả.", "Property '{0}' is not in the rule-file schema (ScoringRules.schema.json); check its spelling."),
        ["schema.required"] = ("Thiếu thuộc tính bắt buộc theo lược đồ: {0}.", "Required by the schema but missing: {0}."),
        ["schema.type"] = ("Giá trị {0} không đúng kiểu mà lược đồ yêu cầu ở đây.", "Value {0} is not of the type the schema requires here."),
        ["schema.enum"] = ("Giá trị {0} không thuộc các giá trị lược đồ cho phép ở đây.", "Value {0} is not one of the values the schema allows here."),
        ["schema.pattern"] = ("Giá trị {0} không đúng định dạng lược đồ yêu cầu.", "Value {0} does not have the format the schema requires."),
        ["schema.range"] = ("Giá trị {0} nằm ngoài khoảng lược đồ cho phép.", "Value {0} is outside the range the schema allows."),
        ["schema.size"] = ("Số phần tử hoặc độ dài của {0} không đúng yêu cầu của lược đồ.", "The number of items or the length of {0} does not meet the schema."),
        ["schema.combination"] = ("Các giá trị ở đây kết hợp theo cách lược đồ không cho phép (xem mô tả trong ScoringRules.schema.json).", "These values are combined in a way the schema does not allow (see the description in ScoringRules.schema.json)."),
    };

    public static IReadOnlyCollection<string> Codes => _messages.Keys;

    /// <summary>One error at an instance location (a JSON Pointer) for a failed keyword ("" for a false schema or a forbidden combination).</summary>
    public static RuleSetError Create(string pointer, string keyword, string? libraryMessage, JsonElement root)
    {
        ArgumentNullException.ThrowIfNull(pointer);
        var segments = pointer.Length == 0 ? [] : pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        var value = Shown(Find(root, segments));
        var (code, argument) = keyword switch
        {
            // additionalProperties: false puts the false schema on each unknown property.
            "" when IsUnknownProperty(segments, libraryMessage) => ("schema.unknownProperty", segments[^1]),
            "required" => ("schema.required", Missing(libraryMessage)),
            "type" => ("schema.type", value),
            "enum" or "const" => ("schema.enum", value),
            "pattern" or "format" => ("schema.pattern", value),
            "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "multipleOf" => ("schema.range", value),
            "minItems" or "maxItems" or "minLength" or "maxLength" or "minProperties" or "maxProperties" or "uniqueItems" => ("schema.size", value),
            _ => ("schema.combination", ""),
        };
        var (vi, en) = _messages[code];
        return new RuleSetError(Path(segments), code, string.Format(CultureInfo.InvariantCulture, vi, argument), string.Format(CultureInfo.InvariantCulture, en, argument));
    }

    private static bool IsUnknownProperty(string[] segments, string? libraryMessage) =>
        segments.Length > 0 && !int.TryParse(segments[^1], NumberStyles.None, CultureInfo.InvariantCulture, out _) && libraryMessage is not null;

    /// <summary>The names in "Required properties ["a","b"] are not present", or the message itself if it changes shape.</summary>
    private static string Missing(string? libraryMessage)
    {
        var (start, end) = (libraryMessage?.IndexOf('[', StringComparison.Ordinal) ?? -1, libraryMessage?.LastIndexOf(']') ?? -1);
        if (start < 0 || end <= start)
        {
            return libraryMessage ?? "";
        }

        try
        {
            var names = JsonSerializer.Deserialize<string[]>(libraryMessage![start..(end + 1)]) ?? [];
            return string.Join(", ", names.Select(n => "'" + n + "'"));
        }
        catch (JsonException)
        {
            return libraryMessage!;
        }
    }

    private static JsonElement? Find(JsonElement root, string[] segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var property))
            {
                current = property;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>A value quoted back briefly: its JSON text, at most 60 characters.</summary>
    private static string Shown(JsonElement? value)
    {
        var text = value is { } element ? element.GetRawText() : "";
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    /// <summary>"/criteria/3/threshold" as the loader writes paths: "$.criteria[3].threshold".</summary>
    private static string Path(string[] segments)
    {
        var path = new StringBuilder("$");
        foreach (var segment in segments)
        {
            if (int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                path.Append('[').Append(segment).Append(']');
            }
            else
            {
                path.Append('.').Append(segment);
            }
        }

        return path.ToString();
    }
}
