namespace DashboardKpi.Scoring.Engine.Model;

public enum MissingValueStrategy
{
    /// <summary>Its own grey state, excluded from the overall rating.</summary>
    NoData,

    /// <summary>Not reporting is rated red.</summary>
    Red,

    /// <summary>The latest value of up to <see cref="MissingValuePolicy.Periods"/> earlier periods is used and shown as stale.</summary>
    CarryForward,
}

public sealed record MissingValuePolicy(MissingValueStrategy Strategy, int Periods)
{
    public static MissingValuePolicy Default { get; } = new(MissingValueStrategy.NoData, 0);
}
