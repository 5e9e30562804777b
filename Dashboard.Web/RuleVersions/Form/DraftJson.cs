using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>Finding and setting values by form key ("criteria[7].threshold.green") in a draft's JSON tree.</summary>
internal static class DraftJson
{
    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The draft's text parsed as it is read (comments and trailing commas allowed); null when it is not a JSON object.</summary>
    public static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(json, null, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            // A duplicate property name.
            return null;
        }
    }

    public static string Write(JsonNode root) => root.ToJsonString(Written);

    /// <summary>The segments of a key: ("criteria", 7), ("threshold", null), ("green", null).</summary>
    public static IReadOnlyList<(string Name, int? Index)> Segments(string key)
    {
        var segments = new List<(string, int?)>();
        foreach (var part in key.Split('.'))
        {
            var open = part.IndexOf('[', StringComparison.Ordinal);
            segments.Add(open < 0
                ? (part, null)
                : (part[..open], int.Parse(part[(open + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture)));
        }

        return segments;
    }

    public static JsonNode? Find(JsonNode root, string key)
    {
        JsonNode? node = root;
        foreach (var (name, index) in Segments(key))
        {
            node = (node as JsonObject)?[name];
            if (index is { } i)
            {
                node = node is JsonArray array && i < array.Count ? array[i] : null;
            }

            if (node is null)
            {
                return null;
            }
        }

        return node;
    }

    /// <summary>
    /// Sets (or, for null, removes) the value at <paramref name="key"/>, creating the objects on the way; an object the
    /// removal leaves empty is removed too (a reference whose last field was cleared). False when an array index on
    /// the way does not exist.
    /// </summary>
    public static bool Set(JsonObject root, string key, JsonNode? value)
    {
        var segments = Segments(key);
        var chain = new List<(JsonObject Parent, string Name)>();
        JsonObject current = root;
        for (var s = 0; s < segments.Count - 1; s++)
        {
            var (name, index) = segments[s];
            if (index is { } i)
            {
                if (current[name] is not JsonArray array || i >= array.Count || array[i] is not JsonObject element)
                {
                    return false;
                }

                chain.Clear();
                current = element;
                continue;
            }

            if (current[name] is not JsonObject next)
            {
                if (value is null)
                {
                    return true;
                }

                next = [];
                current[name] = next;
            }

            chain.Add((current, name));
            current = next;
        }

        var last = segments[^1].Name;
        if (value is null)
        {
            current.Remove(last);
            for (var c = chain.Count - 1; c >= 0 && chain[c].Parent[chain[c].Name] is JsonObject { Count: 0 }; c--)
            {
                chain[c].Parent.Remove(chain[c].Name);
            }
        }
        else
        {
            current[last] = value;
        }

        return true;
    }

    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    /// <summary>A number however the node holds it (read from text, or created from an int or a decimal); null otherwise.</summary>
    public static decimal? Number(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            && decimal.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
}
