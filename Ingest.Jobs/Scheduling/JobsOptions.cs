using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DashboardKpi.Ingest.Jobs.Scheduling;

/// <summary>
/// The "Jobs" configuration section. Schedules are cron expressions in Asia/Ho_Chi_Minh time. Defaults suit the
/// embedded single-node setup; production overrides them in appsettings or environment variables
/// (e.g. Jobs__RunServer=false on web-only nodes).
/// </summary>
public sealed class JobsOptions : IValidatableObject
{
    public const string SectionName = "Jobs";

    /// <summary>Run a Hangfire server in this process. Off on web nodes when a separate worker runs the jobs.</summary>
    public bool RunServer { get; set; } = true;

    [Range(1, 64, ErrorMessage = "Jobs:WorkerCount must be between 1 and 64.")]
    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// On a server store (SQL Server, PostgreSQL): how long a job fetched by a worker that stopped answering stays
    /// invisible before another worker takes it. The running worker keeps extending it (sliding), so a long import is
    /// never taken twice; only a dead worker's job waits this long.
    /// </summary>
    [Range(5, 3600, ErrorMessage = "Jobs:InvisibilityTimeoutSeconds must be between 5 and 3600.")]
    public int InvisibilityTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// After an import, rate again only the communes whose values changed (default); false rates every commune of the
    /// imported periods, as before (kept to measure the difference: scripts/upload-to-colour.sh).
    /// </summary>
    public bool RescoreOnlyChanged { get; set; } = true;

    /// <summary>Load labelled demo data into an empty database at start (the embedded default).</summary>
    public bool SeedDemoData { get; set; } = true;

    /// <summary>How a running import proves it is alive (docs/ingest.md, "Leases").</summary>
    public RunLeaseOptions RunLease { get; set; } = new();

    public DropFolderOptions DropFolder { get; set; } = new();

    [Required(AllowEmptyStrings = false, ErrorMessage = "Jobs:RescoreCron is empty.")]
    public string RescoreCron { get; set; } = "30 1 * * *";

    public List<HttpSourceOptions> HttpSources { get; set; } = [];

    /// <summary>
    /// Binds the section once and registers that instance (as <see cref="IOptions{TOptions}"/> and as itself). Unlike the
    /// other sections it is bound while services are registered, not when first asked for: it decides what is
    /// registered (whether this process runs a job server, one HTTP client per city system), so it is checked with its
    /// DataAnnotations right here, and a bad value stops the start with every problem listed before anything runs.
    /// </summary>
    public static JobsOptions Register(IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new JobsOptions();
        configuration.GetSection(SectionName).Bind(options);
        var result = new DataAnnotationValidateOptions<JobsOptions>(Options.DefaultName).Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(JobsOptions), result.Failures);
        }

        services.AddSingleton(Options.Create(options));
        services.AddSingleton(options);
        return options;
    }

    /// <summary>The nested settings, which DataAnnotations alone would not look into.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var nested = new List<(string Path, object Value)> { ("Jobs:RunLease", RunLease), ("Jobs:DropFolder", DropFolder) };
        nested.AddRange(HttpSources.Select((source, i) => ($"Jobs:HttpSources:{i}", (object)source)));
        foreach (var (path, value) in nested)
        {
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult(path + ": " + result.ErrorMessage, result.MemberNames.Select(m => path + ":" + m));
            }
        }
    }
}

/// <summary>
/// Jobs:RunLease. A running import renews its lease every <see cref="HeartbeatSeconds"/>; a run whose lease is more
/// than <see cref="LeaseSeconds"/> old is marked interrupted by the next node that checks (every node checks at start
/// and every heartbeat interval). So a killed import shows as interrupted within LeaseSeconds + HeartbeatSeconds.
/// </summary>
public sealed class RunLeaseOptions : IValidatableObject
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
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!(HeartbeatSeconds > 0) || !(LeaseSeconds >= 3 * HeartbeatSeconds))
        {
            yield return new ValidationResult(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"HeartbeatSeconds must be above 0 and LeaseSeconds at least three heartbeats (got {HeartbeatSeconds} and {LeaseSeconds})."),
                [nameof(HeartbeatSeconds), nameof(LeaseSeconds)]);
        }
    }
}

public sealed class DropFolderOptions
{
    /// <summary>Where stewards drop monthly reports; archive/ and rejected/ are made beside the files.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "App_Data/drop";

    [Required(AllowEmptyStrings = false)]
    public string Cron { get; set; } = "*/5 * * * *";

    /// <summary>A file changed more recently than this is probably still being copied and waits for the next run.</summary>
    [Range(0, 3600)]
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

    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 10;

    [Range(0, 10)]
    public int Retries { get; set; } = 3;

    /// <summary>First back-off delay; later retries wait exponentially longer.</summary>
    [Range(1, 60_000)]
    public int RetryDelayMilliseconds { get; set; } = 1000;
}
