using DashboardKpi.Dashboard.Web.Localization;
using Microsoft.AspNetCore.Mvc;

namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>
/// A change asked about one criterion of one unit for a period (a new action, a dispute): the three come from the query
/// on GET and back from hidden fields on POST, under the same names on every such page.
/// </summary>
public abstract class CriterionChangePage(Ui ui) : ChangePage(ui)
{
    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? Criterion { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }
}
