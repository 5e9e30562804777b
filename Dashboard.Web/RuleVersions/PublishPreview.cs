using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// What publishing a version would do: what it still lacks (a reference or rationale for every number, shown as errors
/// are), its golden cases, its own effective-from (a past one needs history re-published), and the diff against the
/// version in force.
/// </summary>
public sealed record PublishPreview(
    RuleSetVersion? InForce,
    IReadOnlyList<DiffView.Group>? Diff,
    DiffView.Notes? Notes,
    IReadOnlyList<RuleSetError> Errors,
    IReadOnlyList<GoldenCaseResult> Cases,
    Period CurrentMonth,
    Period? EffectiveFrom)
{
    public bool NeedsRepublish => EffectiveFrom is { } from && from < CurrentMonth;

    public static async Task<PublishPreview> BuildAsync(RuleSetVersion item, RuleVersionService versions, RulesInForce inForce, Ui ui, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(inForce);
        var current = await inForce.FindAsync(ct);
        var read = RuleVersionService.Validate(item.JsonText);
        var errors = read.RuleSet is { } valid ? PublishRequirements.Check(valid) : read.Errors;
        var effectiveFrom = read.RuleSet?.EffectiveFrom ?? item.EffectiveFrom;
        var cases = read.RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : [];
        var preview = new PublishPreview(current?.Version, null, null, errors, cases, inForce.CurrentMonth, effectiveFrom);
        if (current is not { } now || now.Version.Version == item.Version || versions.Diff(now.Version, item) is not { } changes)
        {
            return preview;
        }

        var diff = DiffView.Build(changes, now.Rules, read.RuleSet, ui);
        return preview with { Diff = diff, Notes = DiffView.NotesOf(read.RuleSet, now.Rules, diff, ui) };
    }
}
