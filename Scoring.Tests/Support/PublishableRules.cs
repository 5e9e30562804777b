using System.Text.Json.Nodes;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// Fills in what publishing asks for and a rule file written before it (the shipped v1) does not state: a reference for
/// official and adopted thresholds, a rationale for proposed ones, the aggregation's basis and rationale. Tests about
/// publishing mechanics use it; what is already stated is left as it is.
/// </summary>
public static class PublishableRules
{
    public static string Complete(string json)
    {
        var node = JsonNode.Parse(json)!;
        Complete(node);
        return node.ToJsonString();
    }

    public static void Complete(JsonNode rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var criterion in rules["criteria"]?.AsArray() ?? [])
        {
            CompleteThreshold(criterion!["threshold"]!);
            foreach (var item in criterion["overrides"]?.AsArray() ?? [])
            {
                if (item!["basis"] is not null)
                {
                    CompleteThreshold(item);
                }
            }
        }

        var aggregation = rules["aggregation"]!;
        aggregation["basis"] ??= "proposed";
        aggregation["rationale"] ??= Text("Lý do kiểm thử.", "A test rationale.");
        if (aggregation["criticalShare"] is { } criticalShare)
        {
            criticalShare["criticalRationale"] ??= Text("Lý do kiểm thử.", "A test rationale.");
        }
    }

    private static void CompleteThreshold(JsonNode threshold)
    {
        if (threshold["basis"]?.GetValue<string>() == "proposed")
        {
            threshold["rationale"] ??= Text("Lý do kiểm thử.", "A test rationale.");
        }
        else
        {
            threshold["reference"] ??= new JsonObject { ["document"] = "Văn bản kiểm thử", ["date"] = "2025-06-19", ["clause"] = "Mục 1" };
        }
    }

    private static JsonObject Text(string vi, string en) => new() { ["vi"] = vi, ["en"] = en };
}
