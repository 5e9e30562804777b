// DashboardKpi web: the map, league table, commune pages, data pages and JSON API.
// Everything is wired in DashboardApp.Create (shared with the tests); the Setup/ folder holds the pieces.
using DashboardKpi.Dashboard.Web;

var app = DashboardApp.Create(args);
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.Urls)
    {
        Console.WriteLine($"DashboardKpi: open {address} (user 'admin'; see README, \"Running the dashboard\").");
    }
});
await app.RunAsync();
