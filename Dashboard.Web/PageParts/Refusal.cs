using DashboardKpi.Ingest.Jobs.Actions;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>
/// Why a page's service did not do what was asked: the thing is missing (404), not the reader's (403), or the change was
/// refused with a reason the page shows on itself (<see cref="RefusedChange"/>).
/// </summary>
public sealed record Refusal(int Status, ActionError? Error = null)
{
    public static readonly Refusal NotFound = new(StatusCodes.Status404NotFound);

    public static readonly Refusal Forbidden = new(StatusCodes.Status403Forbidden);

    public static Refusal Because(ActionError error) => new(0, error);
}
