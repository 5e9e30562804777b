using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DashboardKpi.Dashboard.Web.Pages;

public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
