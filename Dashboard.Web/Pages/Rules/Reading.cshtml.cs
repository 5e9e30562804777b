using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// The report reader's reading rules (key phrases per indicator), edited by analysts and admins: validate, save as the
/// next stored version (only a valid file; a broken one is refused with every problem and its path, nothing stored;
/// audited with the hashes before and after). Apart from the rating rules: no rule set or rating changes.
/// </summary>
public sealed class ReadingModel(ReadingRulesRepository repository, TimeProvider clock, Ui ui) : PageModel
{
    [BindProperty]
    public string JsonText { get; set => field = value ?? ""; } = "";

    /// <summary>The version in use: a stored one, or null for the shipped file.</summary>
    public StoredReadingRules? Current { get; private set; }

    public IReadOnlyList<ReadingRuleProblem> Problems { get; private set; } = [];

    public Notice? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await repository.LatestAsync(ct);
        JsonText = Current?.JsonText ?? ReadingRules.ShippedJson;
    }

    public async Task OnPostValidateAsync(CancellationToken ct)
    {
        Current = await repository.LatestAsync(ct);
        Problems = ReadingRules.Check(JsonText).Problems;
        Notice = Problems.Count == 0 ? Notice.Ok(ui["Reading.ValidOk"]) : Notice.Warning(ui["Reading.NotSaved"]);
    }

    public async Task OnPostSaveAsync(CancellationToken ct)
    {
        Problems = ReadingRules.Check(JsonText).Problems;
        if (Problems.Count > 0)
        {
            Current = await repository.LatestAsync(ct);
            Notice = Notice.Warning(ui.Format("Reading.Refused", Problems.Count));
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return;
        }

        var saved = await repository.SaveAsync(JsonText, User.UserName(), clock.GetUtcNow(), ct);
        Current = await repository.LatestAsync(ct);
        Notice = saved is null ? Notice.Warning(ui["Reading.Conflict"]) : Notice.Ok(ui.Format("Reading.Saved", saved.Version));
        JsonText = Current?.JsonText ?? JsonText;
        ModelState.Clear();
    }
}
