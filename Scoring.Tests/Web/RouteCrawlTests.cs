using System.Net;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>Every route the app maps, requested without logging in: a redirect to the login page, or 401 for the API.</summary>
[TestFixture]
public sealed class RouteCrawlTests : AnonymousServerFixture
{
    private static readonly string[] Anonymous = ["/Account/Login", "/Account/Language", "/Error", "/health", "/health/ready"];

    [Test]
    public async Task Crawl_EveryRouteUnauthenticated_RedirectsToLoginOr401()
    {
        var routes = Routes(Server.Services);
        using var client = Server.CreateClient();
        var failures = new List<string>();

        foreach (var (method, path) in routes.Where(r => !Anonymous.Contains(r.Path, StringComparer.OrdinalIgnoreCase)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path);
            if (method != "GET")
            {
                request.Content = new StringContent("");
            }

            using var response = await client.SendAsync(request);
            var location = response.Headers.Location?.ToString() ?? "";
            var ok = response.StatusCode == HttpStatusCode.Unauthorized
                || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/Account/Login", StringComparison.Ordinal));
            if (!ok)
            {
                failures.Add($"{method} {path} → {(int)response.StatusCode} {location}");
            }
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(failures, Is.Empty);
            Assert.That(routes.Select(r => r.Path), Does.Contain("/").And.Contain("/Admin/Users").And.Contain("/openapi/v1.json"));
        }
    }

    [Test]
    public async Task Crawl_AnonymousRoutes_AreReachableWithoutLogin()
    {
        using var client = Server.CreateClient();

        using var login = await client.GetAsync("/Account/Login");
        using var health = await client.GetAsync("/health");
        using var ready = await client.GetAsync("/health/ready");
        using var css = await client.GetAsync("/css/site.css");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(health.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(ready.StatusCode, Is.EqualTo(HttpStatusCode.OK), "readiness is Healthy or Degraded (OCR missing), both answered 200");
            Assert.That(css.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }
    }

    [Test]
    public async Task Crawl_EveryGetRouteAsAdmin_RendersWithoutServerErrorsOrMissingText()
    {
        using var admin = await Server.LoginAsync();
        var failures = new List<string>();

        foreach (var (_, path) in Routes(Server.Services).Where(r => r.Method == "GET"))
        {
            using var response = await admin.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || body.Contains(Dashboard.Web.Localization.UiText.MissingMarker, StringComparison.Ordinal))
            {
                failures.Add($"GET {path} → {(int)response.StatusCode}");
            }
        }

        Assert.That(failures, Is.Empty);
    }

    /// <summary>Every endpoint's method and a concrete path (route parameters filled with sample values).</summary>
    internal static List<(string Method, string Path)> Routes(IServiceProvider services)
    {
        var result = new List<(string, string)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var path = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => Sample(parameter.Name),
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                _ => "",
            }))));
            path = path.Replace("//", "/", StringComparison.Ordinal).TrimEnd('/');
            path = path.Length == 0 ? "/" : path;
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            foreach (var method in methods.Where(m => m is "GET" or "POST" or "PUT" or "DELETE"))
            {
                result.Add((method, path));
            }
        }

        return result.Distinct().ToList();
    }

    private static string Sample(string parameter) => parameter.ToLowerInvariant() switch
    {
        "code" => "26740",
        "period" => "2025-07",
        "documentname" => "v1",
        "id" or "runid" or "version" => "1",
        _ => "x",
    };
}
