namespace DashboardKpi.Scoring.Engine.Model;

public enum MissingValueStrategy
{
    /// <summary>Its own grey state, excluded from the overall rating.</summary>
    NoData,

    /// <summary>Not reporting is rated red.</summary>
    Red,

    /// <summary>The latest value of up to <see cref="MissingValuePolicy.Periods"/> earlier periods is used and shown as stale.</summary>
    CarryForward,

    /// <summary>
    /// Tasks and yes/no only: a reported state holds until a later report changes it (a task done in July is still done in
    /// December). The latest state of up to <see cref="MissingValuePolicy.HoldStatePeriods"/> earlier periods is used; it is
    /// a state, not an old measurement, so it is not shown as stale, but the explanation names the period it was reported for.
    /// </summary>
    HoldState,
}

public sealed record MissingValuePolicy(MissingValueStrategy Strategy, int Periods)
{
    /// <summary>
    /// carryForward only: values are carried only from earlier months of the same calendar year, so a "trained this year"
    /// count reported in December is not used for January.
    /// </summary>
    public bool WithinYear { get; init; }

    /// <summary>How many earlier periods may supply the value for <paramref name="period"/>: <see cref="LookBack"/>, cut at January under <see cref="WithinYear"/>.</summary>
    public int LookBackFrom(Period period) => WithinYear ? Math.Min(LookBack, period.Month - 1) : LookBack;

    /// <summary>
    /// How far back a held state is looked for: three years, longer than any Plan 02 task runs. A fixed bound rather
    /// than "as far as the caller loaded" so that a rating depends on the data only, never on the window a caller read:
    /// the rescore, the reproducer and the what-if all load this far back and so agree.
    /// </summary>
    public const int HoldStatePeriods = 36;

    public static MissingValuePolicy Default { get; } = new(MissingValueStrategy.NoData, 0);

    /// <summary>How many periods before the rated one may supply its value: what a caller must load to rate it.</summary>
    public int LookBack => Strategy switch
    {
        MissingValueStrategy.CarryForward => Periods,
        MissingValueStrategy.HoldState => HoldStatePeriods,
        _ => 0,
    };
}
