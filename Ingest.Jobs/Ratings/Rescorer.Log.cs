using DashboardKpi.Scoring.Engine.Model;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>The rescorer's log messages (source-generated).</summary>
public sealed partial class Rescorer
{
    [LoggerMessage(Level = LogLevel.Information, Message = "No published rule set is in force for {Period}; not rescored")]
    private partial void LogNoRules(Period period);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescored {Period}: {Changed} snapshots written at data snapshot {DataSnapshotId}, {Failed} units failed")]
    private partial void LogRescored(Period period, int changed, long dataSnapshotId, int failed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rescore timings {Period}: started {QueuedMs:0} ms after the request; {Units} units ({Which}); read {ReadMs:0} ms, rated and compared {RateMs:0} ms, stored {StoreMs:0} ms")]
    private partial void LogTimings(Period period, double queuedMs, int units, string which, double readMs, double rateMs, double storeMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rescoring {Period} failed; its stored colours stay as they were")]
    private partial void LogPeriodFailed(Exception exception, Period period);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rescoring {Period} was cut off by a stop; its stored colours stay as they were until it runs again")]
    private partial void LogPeriodInterrupted(Period period);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rescoring {Period} failed for unit {CommuneCode}; the other units are stored")]
    private partial void LogUnitFailed(Exception exception, string communeCode, Period period);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing {Period} in one batch failed; storing unit by unit")]
    private partial void LogBatchFailed(Exception exception, Period period);
}
