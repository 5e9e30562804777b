using DashboardKpi.Ingest.Jobs;
using DashboardKpi.Ingest.Jobs.Telemetry;
using Microsoft.Extensions.Hosting;

// The worker node: the same jobs the web runs in-process, for production setups where web nodes run with
// Jobs__RunServer=false against one SQL Server database (see README, "Running the jobs as a worker").
var builder = Host.CreateApplicationBuilder(args);
builder.Configuration.Sources.Insert(0, new Microsoft.Extensions.Configuration.Json.JsonConfigurationSource
{
    Path = Path.Combine(AppContext.BaseDirectory, "worker.appsettings.json"),
    Optional = true,
});
builder.Services.AddIngestJobs(builder.Configuration);
builder.Services.AddDashboardTelemetry(builder.Configuration, "DashboardKpi.Worker");
await builder.Build().RunAsync();
