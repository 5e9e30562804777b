using Microsoft.Extensions.Configuration;

namespace DashboardKpi.Ingest.Jobs.Jobs;

/// <summary>
/// The "Jobs" configuration section. Schedules are cron expressions in Asia/Ho_Chi_Minh time. Defaults suit the
/// embedded single-node setup; production overrides them in appsettings or environment variables
/// (e.g. Jobs__RunServer=false on web-only nodes).
/// </summary>
public sealed class JobsOptions
{
    /// <summary>Run a Hangfire server in this process. Off on web nodes when a separate worker runs the jobs.</summary>
    public bool RunServer { get; set; } = true;

    public int WorkerCount { get; set; } = 2;

    /// <summary>Load labelled demo data into an empty database at start (the embedded default).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>How a running import proves it is alive (docs/ingest.md, "Leases").</summary>
    public RunLeaseOptions RunLease { get; set; } = new();

    public DropFolderOptions DropFolder { get; set; } = new();

    public string RescoreCron { get; set; } = "30 1 * * *";

    public List<HttpSourceOptions> HttpSources { get; set; } = [];

    public static JobsOptions FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new JobsOptions();
        configuration.GetSection("Jobs").Bind(options);
        options.RunLease.Validate();
        return options;
    }
}

/// <summary>
/// Jobs:RunLease. A running import renews its lease every <see cref="HeartbeatSeconds"/>; a run whose lease is more
/// than <see cref="LeaseSeconds"/> old is marked interrupted by the next node that checks (every node checks at start
/// and every heartbeat interval). So a killed import shows as interrupted within LeaseSeconds + HeartbeatSeconds.
/// </summary>
public sealed class RunLeaseOptions
{
    public double HeartbeatSeconds { get; set; } = 5;

    /// <summary>
    /// Long enough to survive several missed heartbeats: on SQLite a heartbeat waits for the database's one write
    /// lock like any writer (busy timeout 5 s), and a stalled database must not turn live imports into interrupted ones.
    /// </summary>
    public double LeaseSeconds { get; set; } = 30;

    public TimeSpan Heartbeat => TimeSpan.FromSeconds(HeartbeatSeconds);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    /// <summary>Refuses settings under which a live import could lose its lease between two heartbeats.</summary>
    public void Validate()
    {
        if (!(HeartbeatSeconds > 0) || !(LeaseSeconds >= 3 * HeartbeatSeconds))
        {
            throw new InvalidOperationException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Jobs:RunLease needs HeartbeatSeconds > 0 and LeaseSeconds at least three heartbeats (got {HeartbeatSeconds} and {LeaseSeconds})."));
        }
    }
}

public sealed class DropFolderOptions
{
    /// <summary>Where stewards drop monthly reports; archive/ and rejected/ are made beside the files.</summary>
    public string Path { get; set; } = "App_Data/drop";

    public string Cron { get; set; } = "*/5 * * * *";

    /// <summary>A file changed more recently than this is probably still being copied and waits for the next run.</summary>
    public int SettleSeconds { get; set; } = 5;
}

/// <summary>
/// A city system's JSON API: where to call, how to authenticate, and which fields carry the commune, the period
/// and each indicator. Either <see cref="Indicators"/> (one field per indicator, wide) or
/// <see cref="IndicatorField"/> with <see cref="ValueField"/> (long).
/// </summary>
public sealed class HttpSourceOptions
{
    public string Name { get; set; } = "";

    public string Url { get; set; } = "";

    public string Cron { get; set; } = "0 * * * *";

    public string? ApiKeyHeader { get; set; }

    /// <summary>Never in the repository: set it through an environment variable such as Jobs__HttpSources__0__ApiKey.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Dot path to the array of items in the response ("data.items"); empty when the response is the array.</summary>
    public string ItemsPath { get; set; } = "";

    public string CommuneField { get; set; } = "communeCode";

    public string PeriodField { get; set; } = "period";

    public Dictionary<string, string> Indicators { get; set; } = [];

    public string? IndicatorField { get; set; }

    public string? ValueField { get; set; }

    public int TimeoutSeconds { get; set; } = 10;

    public int Retries { get; set; } = 3;

    /// <summary>First back-off delay; later retries wait exponentially longer.</summary>
    public int RetryDelayMilliseconds { get; set; } = 1000;
}
