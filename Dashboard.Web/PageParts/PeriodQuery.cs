using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>
/// The <c>?period=</c> value where a request enters: parsed here once, and everything inward takes a
/// <see cref="Period"/>. Absent means "the latest" (null); given but malformed is the caller's clear vi/en 400
/// (<see cref="BadPeriod"/> on a page, <c>ApiProblems.BadPeriod</c> in the API), never a 500.
/// </summary>
public static class PeriodQuery
{
    /// <summary>False when <paramref name="text"/> is given and is not a period; else the period, null when absent.</summary>
    public static bool TryRead(string? text, out Period? period)
    {
        period = null;
        if (text is null)
        {
            return true;
        }

        if (!Period.TryParse(text, out var parsed))
        {
            return false;
        }

        period = parsed;
        return true;
    }

    /// <summary>
    /// A form's period echoed back as the user typed it: in words when it is a period ("tháng 7/2025"), otherwise
    /// exactly as typed, so the page shows what the error message is about; "–" when nothing was typed.
    /// </summary>
    public static string Echo(Ui ui, string? typed)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return Period.TryParse(typed, out var period) ? ui.Period(period) : typed ?? "–";
    }
}
