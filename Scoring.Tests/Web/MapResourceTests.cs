using System.Net;
using System.Text.RegularExpressions;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// The overview's map as its own resource (issue 22): the page names it and stays small; the map comes with an ETag
/// and caching headers, a browser holding it gets 304, a changed map has a new address, and only a signed-in reader
/// gets it.
/// </summary>
public sealed partial class MapResourceTests : AdminSessionFixture
{
    [Test]
    public async Task Overview_NamesTheMapInsteadOfCarryingIt_TheMapAnswers304ToItsETag()
    {
        var html = await Admin.GetStringAsync("/");
        var url = WebUtility.HtmlDecode(SlotPattern().Match(html).Groups[1].Value);

        using var first = await Admin.GetAsync(url);
        var svg = await first.Content.ReadAsStringAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var revalidated = await Admin.SendAsync(again);
        using var unversioned = await Admin.GetAsync(url[..url.IndexOf("&v=", StringComparison.Ordinal)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(url, Does.Match("^/map/overview\\.svg\\?period=\\d{4}-\\d{2}&v=[0-9a-f]+$"));
            Assert.That(html, Does.Not.Contain("<svg id=\"commune-map\""), "the page does not carry the map");
            Assert.That(html.Length, Is.LessThan(svg.Length), "the page is lighter than the map it names");
            Assert.That(first.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(first.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/svg+xml"));
            Assert.That(svg, Does.StartWith("<svg id=\"commune-map\""));
            Assert.That(first.Headers.ETag, Is.Not.Null);
            Assert.That(first.Headers.CacheControl?.Private, Is.True, "the map differs per reader");
            Assert.That(first.Headers.CacheControl?.MaxAge, Is.EqualTo(TimeSpan.FromDays(365)), "the versioned address never changes content");
            Assert.That(first.Headers.Vary, Does.Contain("Cookie"));
            Assert.That(revalidated.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
            Assert.That(await revalidated.Content.ReadAsStringAsync(), Is.Empty);
            Assert.That(unversioned.Headers.CacheControl?.NoCache, Is.True, "without the version a browser must ask again");
            Assert.That(unversioned.Headers.ETag, Is.EqualTo(first.Headers.ETag));
        }
    }

    [Test]
    public async Task Map_AnotherLanguage_IsAnotherMapWithAnotherETag()
    {
        using var english = await Server.LoginAsync();
        await DashboardServer.PostFormAsync(english, "/Account/Language", new() { ["culture"] = "en", ["returnUrl"] = "/" }, formPage: "/");
        var vi = WebUtility.HtmlDecode(SlotPattern().Match(await Admin.GetStringAsync("/")).Groups[1].Value);
        var en = WebUtility.HtmlDecode(SlotPattern().Match(await english.GetStringAsync("/")).Groups[1].Value);

        using var viMap = await Admin.GetAsync(vi);
        using var enMap = await english.GetAsync(en);
        using var crossed = new HttpRequestMessage(HttpMethod.Get, en);
        crossed.Headers.IfNoneMatch.Add(viMap.Headers.ETag!);
        using var notSame = await english.SendAsync(crossed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(en, Is.Not.EqualTo(vi));
            Assert.That(enMap.Headers.ETag, Is.Not.EqualTo(viMap.Headers.ETag));
            Assert.That(await enMap.Content.ReadAsStringAsync(), Does.Contain("Sai Gon Ward"));
            Assert.That(notSame.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the Vietnamese map's ETag does not answer for the English one");
        }
    }

    [TestCase("/map/overview.svg")]
    [TestCase("/map/overview.svg?period=2025-07")]
    public async Task Map_Anonymous_IsSentToTheLogin(string url)
    {
        using var anonymous = Server.CreateClient();
        using var response = await anonymous.GetAsync(url);

        Assert.That((response.StatusCode, response.Headers.Location?.AbsolutePath), Is.EqualTo((HttpStatusCode.Redirect, "/Account/Login")));
    }

    [TestCase("/map/overview.svg?period=nonsense", HttpStatusCode.BadRequest)]
    [TestCase("/map/overview.svg?period=1999-01", HttpStatusCode.BadRequest)]
    [TestCase("/map/overview.svg?period=2025-06", HttpStatusCode.NotFound)]
    public async Task Map_BadOrUnknownPeriod_AnswersWithoutServerError(string url, HttpStatusCode expected)
    {
        using var response = await Admin.GetAsync(url);

        Assert.That(response.StatusCode, Is.EqualTo(expected));
    }

    [GeneratedRegex("<div id=\"map-slot\" class=\"map-slot\" data-src=\"([^\"]+)\"")]
    private static partial Regex SlotPattern();
}
