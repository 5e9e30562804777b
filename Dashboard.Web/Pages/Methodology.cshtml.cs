using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Methodology;
using DashboardKpi.Dashboard.Web.PageParts;
using DashboardKpi.Dashboard.Web.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

/// <summary>Phương pháp chấm / Methodology: how the rule set in force for a period rates, for a ward chair and on paper.</summary>
public sealed class MethodologyModel(MethodologyQueries methodology, Ui ui) : PageModel
{
    public MethodologyQueries.Result? Result { get; private set; }

    public MethodologyDto? Method => Result?.Methodology;

    public string? BadInput { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? period, CancellationToken ct)
    {
        if ((BadInput = BadPeriod.Check(this, period, ui, out var asked)) is not null)
        {
            return Page();
        }

        Result = await methodology.ForPeriodAsync(asked, ct);
        if (Result.Methodology is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
