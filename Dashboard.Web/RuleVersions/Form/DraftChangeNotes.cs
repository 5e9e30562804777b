using System.Text.Json.Nodes;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>
/// The change notes the form asks for when saving: one per criterion the edit changed (what changed and why), and
/// one for the overall method when its parameters changed. They go into the rule file's own "changes" block
/// (<c>changes.criteria[].{code, vi, en}</c>, <c>changes.summary</c> for the overall method), which the version's
/// diff and the Methodology page already show.
/// </summary>
public static class DraftChangeNotes
{
    /// <summary>The key of the overall method's note (stored as the changes' summary).</summary>
    public const string Overall = "overall";

    /// <summary>The criterion codes whose JSON or critical flag differs between the two, then "overall" when the aggregation does.</summary>
    public static IReadOnlyList<string> Changed(JsonNode before, JsonNode after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = ByCode(before);
        var criticalBefore = DraftFormValues.CriticalCodes(before);
        var criticalAfter = DraftFormValues.CriticalCodes(after);
        var changed = new List<string>();
        foreach (var (code, node) in ByCode(after))
        {
            if (!old.TryGetValue(code, out var was) || !JsonNode.DeepEquals(was, node) || criticalBefore.Contains(code) != criticalAfter.Contains(code))
            {
                changed.Add(code);
            }
        }

        if (!JsonNode.DeepEquals(WithoutCritical(before["aggregation"]), WithoutCritical(after["aggregation"])))
        {
            changed.Add(Overall);
        }

        return changed;
    }

    /// <summary>The note already in the file for a code ("overall": the summary), or null.</summary>
    public static (string Vi, string En)? Existing(JsonNode root, string code)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (code == Overall)
        {
            return root["changes"]?["summary"] is JsonObject summary ? (DraftJson.Text(summary["vi"]) ?? "", DraftJson.Text(summary["en"]) ?? "") : null;
        }

        return Notes(root)?.OfType<JsonObject>().FirstOrDefault(n => DraftJson.Text(n["code"]) == code) is { } note
            ? (DraftJson.Text(note["vi"]) ?? "", DraftJson.Text(note["en"]) ?? "")
            : null;
    }

    /// <summary>
    /// Writes a note (replacing the one the file has for the code), starting the changes block against
    /// <paramref name="from"/> when the file has none. English may be empty.
    /// </summary>
    public static void Write(JsonObject root, int from, string code, string vi, string en)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root["changes"] is not JsonObject changes)
        {
            changes = new JsonObject { ["from"] = from };
            root["changes"] = changes;
        }

        if (code == Overall)
        {
            changes["summary"] = Text(vi, en);
            return;
        }

        if (changes["criteria"] is not JsonArray notes)
        {
            notes = [];
            changes["criteria"] = notes;
        }

        var note = notes.OfType<JsonObject>().FirstOrDefault(n => DraftJson.Text(n["code"]) == code);
        if (note is null)
        {
            note = new JsonObject { ["code"] = code };
            notes.Add(note);
        }

        note["vi"] = vi;
        if (en.Length > 0)
        {
            note["en"] = en;
        }
        else
        {
            note.Remove("en");
        }
    }

    private static JsonObject Text(string vi, string en)
    {
        var text = new JsonObject { ["vi"] = vi };
        if (en.Length > 0)
        {
            text["en"] = en;
        }

        return text;
    }

    private static JsonArray? Notes(JsonNode root) => root["changes"]?["criteria"] as JsonArray;

    private static Dictionary<string, JsonNode> ByCode(JsonNode root)
    {
        var byCode = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var criterion in (root["criteria"] as JsonArray)?.OfType<JsonObject>() ?? [])
        {
            if (DraftJson.Text(criterion["code"]) is { } code)
            {
                byCode.TryAdd(code, criterion);
            }
        }

        return byCode;
    }

    private static JsonNode? WithoutCritical(JsonNode? aggregation)
    {
        if (aggregation?.DeepClone() is not JsonObject copy)
        {
            return aggregation;
        }

        (copy["criticalShare"] as JsonObject)?.Remove("critical");
        return copy;
    }
}
