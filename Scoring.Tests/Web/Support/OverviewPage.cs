using System.Net;
using System.Text.RegularExpressions;

namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// The overview as a browser ends up with it: the page, then its map fetched from the address the page names
/// (data-src of #map-slot, with the same client and cookies) and put in its place, as site.js does.
/// </summary>
internal static partial class OverviewPage
{
    public static async Task<string> GetAsync(HttpClient client, string url = "/")
    {
        ArgumentNullException.ThrowIfNull(client);
        var html = await client.GetStringAsync(url);
        var slot = SlotPattern().Match(html);
        if (!slot.Success)
        {
            return html;
        }

        var map = await client.GetStringAsync(WebUtility.HtmlDecode(slot.Groups[1].Value));
        return html.Insert(slot.Index + slot.Length, map);
    }

    [GeneratedRegex("<div id=\"map-slot\" class=\"map-slot\" data-src=\"([^\"]+)\"[^>]*>")]
    private static partial Regex SlotPattern();
}
