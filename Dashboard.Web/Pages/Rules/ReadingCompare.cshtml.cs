using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages.Rules;

/// <summary>
/// Two stored reading-rule versions side by side (version 0 is the file shipped in the assembly): indicators added and
/// removed, and per indicator the phrases and settings that changed. By default the newest against the one before it.
/// </summary>
public sealed class ReadingCompareModel(ReadingRulesRepository repository) : PageModel
{
    public IReadOnlyList<StoredReadingRules> Stored { get; private set; } = [];

    public int From { get; private set; }

    public int To { get; private set; }

    public int? Unknown { get; private set; }

    public ReadingRulesDiff? Diff { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? from, int? to, CancellationToken ct)
    {
        Stored = await repository.ListAsync(ct);
        To = to ?? Stored.FirstOrDefault()?.Version ?? 0;
        From = from ?? Stored.Select(s => s.Version).Where(v => v < To).DefaultIfEmpty(0).Max();
        var before = Rules(From);
        var after = Rules(To);
        if (before is null || after is null)
        {
            Unknown = before is null ? From : To;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Diff = ReadingRulesDiff.Compare(before, after);
        return Page();
    }

    /// <summary>0 is the shipped file; a stored version is read as stored (only valid text is ever stored).</summary>
    private ReadingRules? Rules(int version) => version == 0
        ? ReadingRules.Shipped
        : Stored.FirstOrDefault(s => s.Version == version) is { } stored ? ReadingRules.Check(stored.JsonText).Rules : null;
}
