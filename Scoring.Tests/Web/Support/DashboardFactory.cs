using DashboardKpi.Dashboard.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>
/// The dashboard in process (TestServer), started by Dashboard.Web's Program.cs itself with the test's settings, for
/// tests that only speak HTTP. Settings go in as host settings so they are there before DashboardApp registers its
/// services. (Any class of the web assembly names its entry point: Program would clash with Ingest.Jobs' worker.)
/// </summary>
internal sealed class DashboardFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<SharedResource>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
