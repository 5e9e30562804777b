namespace DashboardKpi.Dashboard.Web;

/// <summary>
/// The marker type of the interface text: <c>IStringLocalizer&lt;SharedResource&gt;</c> reads
/// Resources/SharedResource.resx (Vietnamese, the neutral language) and Resources/SharedResource.en.resx (English).
/// It sits in the root namespace so that the resource name is DashboardKpi.Dashboard.Web.Resources.SharedResource.
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
