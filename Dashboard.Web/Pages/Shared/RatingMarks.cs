using DashboardKpi.Dashboard.Web.Charts;
using DashboardKpi.Dashboard.Web.Localization;
using Microsoft.AspNetCore.Html;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Pages.Shared;

/// <summary>
/// The rating badge and the change arrow: the fragments every table row repeats (the league table draws 168 of each
/// per request). They were partials; each partial costs a view lookup, a tag helper created through DI and a buffer,
/// which the profile showed as about 40 % of the league table's time. As plain content they write the same markup,
/// text encoded by the page's encoder as before.
/// </summary>
public static class RatingMarks
{
    /// <summary>Colour plus a symbol and the word, never colour alone: "✓ Xanh"; any of RatingColours.CriterionValues.</summary>
    public static IHtmlContent Badge(Ui ui, RatingColour rating, bool large = false)
    {
        ArgumentNullException.ThrowIfNull(ui);
        // "Insufficient data" and "not in force" keep their own class and word; they are drawn grey like no data.
        var colour = rating is RatingColour.InsufficientData or RatingColour.NotInForce ? rating : RatingPalette.Normalize(rating);
        return new HtmlContentBuilder(5)
            .AppendHtml($"<span class=\"badge {colour.Spelling()}{(large ? " large" : "")}\" data-rating=\"{colour.Spelling()}\"><span class=\"sym\" aria-hidden=\"true\">")
            .Append(RatingPalette.Symbol(colour))
            .AppendHtml("</span>")
            .Append(ui.Rating(colour))
            .AppendHtml("</span>");
    }

    /// <summary>▲ better, ▼ worse, ▬ the same as the previous period, · no previous rating; the words for screen readers.</summary>
    public static IHtmlContent ChangeArrow(Ui ui, int? change)
    {
        ArgumentNullException.ThrowIfNull(ui);
        var (css, symbol, key) = change switch
        {
            > 0 => ("up", "▲", "Trend.Up"),
            < 0 => ("down", "▼", "Trend.Down"),
            0 => ("same", "▬", "Trend.Same"),
            null => ("same", "·", "Trend.New"),
        };
        var words = ui[key];
        return new HtmlContentBuilder(7)
            .AppendHtml($"<span class=\"arrow {css}\" title=\"")
            .Append(words)
            .AppendHtml($"\"><span aria-hidden=\"true\">{symbol}</span><span class=\"sr\">")
            .Append(words)
            .AppendHtml("</span></span>");
    }
}
