using DashboardKpi.Ingest.Jobs.Storage.Rescoring;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>Whether a period's stored colours are up to date, read from its last rescore request and run.</summary>
public enum RescoreState
{
    /// <summary>The last rescore finished after the last request and stored every unit (or no rule set is in force).</summary>
    UpToDate,

    /// <summary>A rescore was asked for (new data, a publish, an admin) and has not started since.</summary>
    Pending,

    /// <summary>A rescore is running now.</summary>
    Running,

    /// <summary>The last rescore stored some units; the others keep their old colours.</summary>
    Partial,

    /// <summary>The last rescore stored nothing; every colour of the period may be out of date.</summary>
    Failed,
}

/// <summary>The one rule that turns a stored <see cref="PeriodRescore"/> into a <see cref="RescoreState"/>.</summary>
public static class RescoreStates
{
    /// <summary>A period never tracked (ratings from before tracking, or none yet) has nothing known against it.</summary>
    public static RescoreState Of(PeriodRescore? rescore) => rescore switch
    {
        null => RescoreState.UpToDate,
        { RequestedAt: { } requested } when rescore.StartedAt is not { } started || started < requested => RescoreState.Pending,
        { Status: PeriodRescoreStatus.Running } => RescoreState.Running,
        { Status: PeriodRescoreStatus.Failed } => RescoreState.Failed,
        { Status: PeriodRescoreStatus.Partial } => RescoreState.Partial,
        _ => RescoreState.UpToDate,
    };
}
