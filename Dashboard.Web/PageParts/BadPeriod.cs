using DashboardKpi.Dashboard.Web.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>
/// A period in the query string that is not a period: the page still renders (with the message and its period
/// picker) under status 400, never a 500. No period at all is fine: the page picks the latest.
/// </summary>
public static class BadPeriod
{
    /// <summary>The message to show when <paramref name="period"/> is given and malformed (status set to 400), else null.</summary>
    public static string? Check(PageModel page, string? period, Ui ui) => Check(page, period, ui, out _);

    /// <summary>As <see cref="Check(PageModel, string?, Ui)"/>, with the period read (null when absent or malformed).</summary>
    public static string? Check(PageModel page, string? period, Ui ui, out Scoring.Engine.Model.Period? asked)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(ui);
        if (PeriodQuery.TryRead(period, out asked))
        {
            return null;
        }

        page.Response.StatusCode = StatusCodes.Status400BadRequest;
        return ui.Format("BadPeriod", period);
    }
}
