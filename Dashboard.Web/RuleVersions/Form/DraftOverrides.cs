using System.Text.Json.Nodes;

namespace DashboardKpi.Dashboard.Web.RuleVersions.Form;

/// <summary>Adding and removing a criterion's overrides in the working copy (the form's "add" and "remove" buttons).</summary>
public static class DraftOverrides
{
    /// <summary>
    /// Appends an override for communes (xã) with the default threshold's cuts or deadline, a valid starting point the
    /// analyst then changes; a blank one would only show errors.
    /// </summary>
    public static bool Add(JsonObject root, int criterion)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root["criteria"] is not JsonArray criteria || criterion < 0 || criterion >= criteria.Count || criteria[criterion] is not JsonObject c)
        {
            return false;
        }

        if (c["overrides"] is not JsonArray overrides)
        {
            overrides = [];
            c["overrides"] = overrides;
        }

        var added = new JsonObject { ["unitTypes"] = new JsonArray("xa") };
        foreach (var name in new[] { "green", "yellow", "deadline" })
        {
            if (c["threshold"]?[name] is { } value)
            {
                added[name] = value.DeepClone();
            }
        }

        overrides.Add(added);
        return true;
    }

    public static bool Remove(JsonObject root, int criterion, int item)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (root["criteria"] is not JsonArray criteria || criterion < 0 || criterion >= criteria.Count || criteria[criterion] is not JsonObject c
            || c["overrides"] is not JsonArray overrides || item < 0 || item >= overrides.Count)
        {
            return false;
        }

        overrides.RemoveAt(item);
        if (overrides.Count == 0)
        {
            c.Remove("overrides");
        }

        return true;
    }
}
