using DashboardKpi.Dashboard.Web.Auth;
using DashboardKpi.Dashboard.Web.Localization;
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
    private string _jsonText = "";

    [BindProperty]
    public string JsonText { get => _jsonText; set => _jsonText = value ?? ""; }

    /// <summary>The version in use: a stored one, or null for the shipped file.</summary>
    public StoredReadingRules? Current { get; private set; }

    public IReadOnlyList<ReadingRuleProblem> Problems { get; private set; } = [];

    public string? Message { get; private set; }

    public bool MessageIsWarning { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await repository.LatestAsync(ct);
        JsonText = Current?.JsonText ?? ReadingRules.ShippedJson;
    }

    public async Task OnPostValidateAsync(CancellationToken ct)
    {
        Current = await repository.LatestAsync(ct);
        Problems = ReadingRules.Check(JsonText).Problems;
        (Message, MessageIsWarning) = Problems.Count == 0 ? (ui["Reading.ValidOk"], false) : (ui["Reading.NotSaved"], true);
    }

    public async Task OnPostSaveAsync(CancellationToken ct)
    {
        Problems = ReadingRules.Check(JsonText).Problems;
        if (Problems.Count > 0)
        {
            Current = await repository.LatestAsync(ct);
            (Message, MessageIsWarning) = (ui.Format("Reading.Refused", Problems.Count), true);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return;
        }

        var saved = await repository.SaveAsync(JsonText, User.UserName(), clock.GetUtcNow(), ct);
        Current = await repository.LatestAsync(ct);
        (Message, MessageIsWarning) = saved is null ? (ui["Reading.Conflict"], true) : (ui.Format("Reading.Saved", saved.Version), false);
        JsonText = Current?.JsonText ?? JsonText;
        ModelState.Clear();
    }
}
