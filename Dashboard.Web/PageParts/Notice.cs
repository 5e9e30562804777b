namespace DashboardKpi.Dashboard.Web.PageParts;

/// <summary>The one-line outcome a form page shows above itself: a notice, or a warning when something was refused.</summary>
public sealed record Notice(string Text, bool IsWarning)
{
    public static Notice Ok(string text) => new(text, false);

    public static Notice Warning(string text) => new(text, true);

    /// <summary>The CSS class the layout styles it with.</summary>
    public string CssClass => IsWarning ? "warning" : "notice";
}
