using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// Changing a unit's colour through the real pipeline and reading it off the overview map: import one row as a
/// steward's machine would, wait for the rescoring job Hangfire runs, then read the unit's colour from the map's SVG.
/// </summary>
internal static partial class MapChanges
{
    /// <summary>The overview map's SVG out of the page.</summary>
    public static string Map(string html)
    {
        var start = html.IndexOf("<svg id=\"commune-map\"", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), "the page has the map");
        return html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + 6)];
    }

    /// <summary>The map's period and a unit it shows green: one antivirus update in forty machines turns such a unit red (C7 is critical).</summary>
    public static (string Period, string GreenUnit) PeriodAndGreenUnit(string map) =>
        (PeriodPattern().Match(map).Groups[1].Value, UnitPattern().Matches(map).First(m => m.Groups[2].Value == "green").Groups[1].Value);

    public static int UnitCount(string map) => UnitPattern().Matches(map).Count;

    public static string RatingOf(string map, string unit) =>
        UnitPattern().Matches(map).Single(m => m.Groups[1].Value == unit).Groups[2].Value;

    /// <summary>The ids of rescoring jobs Hangfire has finished (a job counts as succeeded only after its filters ran).</summary>
    public static HashSet<string> SucceededRescores(DashboardServer server) =>
        server.Services.GetRequiredService<JobStorage>().GetMonitoringApi().SucceededJobs(0, 1000)
            .Where(j => j.Value.Job?.Type == typeof(RescoreJob)).Select(j => j.Key).ToHashSet();

    public static async Task WaitForNewRescoreAsync(DashboardServer server, HashSet<string> known)
    {
        // Polls Hangfire's state, not the page under test; the bound only keeps a broken job from hanging the run.
        for (var attempt = 0; attempt < 600 && SucceededRescores(server).IsSubsetOf(known); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.That(SucceededRescores(server).IsSubsetOf(known), Is.False, "the import's rescoring job finished");
    }

    /// <summary>Imports one CSV row ("unit,period,indicator,value") through the API with a steward's token.</summary>
    public static async Task<HttpResponseMessage> ImportRowAsync(DashboardServer server, string row)
    {
        using var client = await server.CreateTokenClientAsync(UserRoles.Steward);
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("commune_code,period,indicator_code,value\n" + row + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var content = new MultipartFormDataContent { { file, "file", "map-change.csv" } };
        return await client.PostAsync("/api/v1/imports", content);
    }

    /// <summary>The units a piece of markup links to the commune page of (a chair may open only their own).</summary>
    public static List<string> UnitLinks(string html) => UnitLinkPattern().Matches(html).Select(m => m.Groups[1].Value).Distinct().ToList();

    [GeneratedRegex("href=\"/Communes/Details/(\\d+)\\?")]
    private static partial Regex UnitLinkPattern();

    [GeneratedRegex("data-code=\"(\\d+)\" data-rating=\"([a-zA-Z]+)\" class=\"unit\"")]
    private static partial Regex UnitPattern();

    [GeneratedRegex("\\?period=(\\d{4}-\\d{2})\"")]
    private static partial Regex PeriodPattern();
}
