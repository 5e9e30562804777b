using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.RuleVersions;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;

namespace DashboardKpi.Dashboard.Web.RuleVersions;

/// <summary>
/// Editing a draft's JSON as text: what validate, save (a broken draft is saved and says it cannot be published) and
/// the golden cases show for the text.
/// </summary>
public sealed class DraftTextEditor(DraftSaver saver, Ui ui)
{
    /// <param name="Cases">The golden cases' results; null unless they were run on a valid text.</param>
    public sealed record Shown(string JsonText, IReadOnlyList<RuleSetError> Errors, Notice? Notice, IReadOnlyList<GoldenCaseResult>? Cases = null)
    {
        public static readonly Shown Empty = new("", [], null);
    }

    public static Shown Open(RuleSetVersion draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new(draft.JsonText, RuleVersionService.Validate(draft.JsonText).Errors, null);
    }

    public Shown Validate(string jsonText)
    {
        var errors = RuleVersionService.Validate(jsonText).Errors;
        return new(jsonText, errors, errors.Count == 0 ? Notice.Ok(ui["Rules.ValidOk"]) : Notice.Warning(ui["Rules.NotSavedYet"]));
    }

    public Shown RunCases(string jsonText)
    {
        var read = RuleVersionService.Validate(jsonText);
        var cases = read.RuleSet is { } rules ? GoldenCaseRunner.Run(rules) : null;
        return new(jsonText, read.Errors, cases is null ? Notice.Warning(ui["Rules.CasesNeedValid"]) : null, cases);
    }

    /// <summary>The stored draft and the stored text (its version written in); null when it is no longer a draft.</summary>
    public async Task<(RuleSetVersion Stored, Shown Shown)?> SaveAsync(string userName, RuleSetVersion draft, string jsonText, CancellationToken ct)
    {
        if (await saver.SaveAsync(userName, draft, jsonText, ct) is not (var stored, var errors))
        {
            return null;
        }

        var notice = errors.Count == 0 ? Notice.Ok(ui["Rules.SavedOk"]) : Notice.Warning(ui.Format("Rules.SavedBroken", errors.Count));
        return (stored, new Shown(stored.JsonText, errors, notice));
    }
}
