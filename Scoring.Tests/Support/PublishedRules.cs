using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.RuleVersions;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Publishes an edited copy of the version in force, as an analyst drafts and an admin publishes it.</summary>
public static class PublishedRules
{
    /// <summary>Drafts from the version in force, applies <paramref name="edit"/>, states what publishing needs, saves (no errors) and publishes over history.</summary>
    public static async Task PublishEditedAsync(IngestHost host, Action<JsonNode> edit)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(edit);
        var versions = host.Get<RuleVersionService>();
        var draft = await versions.CreateDraftAsync(null, "analyst", CancellationToken.None);
        var json = JsonNode.Parse(draft.JsonText)!;
        edit(json);
        PublishableRules.Complete(json);
        var (_, errors) = await versions.SaveDraftAsync(draft.Version, json.ToJsonString(), CancellationToken.None);
        Assert.That(errors, Is.Empty);
        Assert.That((await versions.PublishAsync(draft.Version, "admin", republishHistory: true, CancellationToken.None)).Published, Is.True);
    }
}
