using DashboardKpi.Ingest.Jobs.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// Loads the demo data into an empty database in the background, so the site answers within seconds of a first start
/// instead of after every month is rated (about 20 s on a 2-core machine). Registered after
/// <see cref="IngestStartup"/>, so the rules are in place; it decides before the server listens whether there is
/// anything to prepare, so no request sees an empty site that is about to fill. <see cref="DemoPreparation"/> says
/// how far it is. Stopped with the host: values are stored in one transaction (all or nothing, seeded again at the
/// next start if not committed), and months left unrated are rescored at the next start (untracked periods).
/// </summary>
public sealed partial class DemoSeeding(DemoData demo, DemoPreparation preparation, JobsOptions options, ILogger<DemoSeeding> logger)
    : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _running = Task.CompletedTask;
    private int _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.SeedDemoData || !await demo.IsEmptyAsync(cancellationToken).ConfigureAwait(false))
        {
            preparation.NotNeeded();
            return;
        }

        preparation.Begin(demo.Months().Count);
        _running = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
    }

    private async Task RunAsync(CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        try
        {
            await demo.SeedAsync(preparation, ct).ConfigureAwait(false);
            preparation.Finish();
            LogSeeded(preparation.Current.MonthsTotal, TimeProvider.System.GetElapsedTime(started).TotalSeconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            preparation.Fail("stopped");
        }
        catch (Exception exception)
        {
            LogFailed(exception);
            preparation.Fail(exception.GetType().Name + ": " + exception.Message);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host may dispose its services before it stops them (WebApplicationFactory does, dotnet/aspnetcore#40271):
        // then Dispose has cancelled the run already.
        if (Volatile.Read(ref _disposed) == 0)
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }

        await _running.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data loaded and {Months} months rated in {Seconds:0.0} s")]
    private partial void LogSeeded(int months, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Loading the demo data failed; the site runs without it until the cause is fixed")]
    private partial void LogFailed(Exception exception);
}
