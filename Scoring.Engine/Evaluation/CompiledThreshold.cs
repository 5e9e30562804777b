using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>A threshold with the override that supplied it (if any) and its cuts as doubles for the fast comparison.</summary>
internal sealed class CompiledThreshold(Threshold threshold, ThresholdOverride? source)
{
    public Threshold Threshold { get; } = threshold;

    public ThresholdOverride? Override { get; } = source;

    public double Green { get; } = (double)(threshold.Green ?? 0m);

    public double Yellow { get; } = (double)(threshold.Yellow ?? 0m);

    /// <summary>Whether <see cref="Green"/> compares exactly against an exact cell (see <see cref="ValueCell.IsExact"/>).</summary>
    public bool GreenIsExact { get; } = threshold.Green is { } green && ValueCell.HasFifteenDigits(green);

    /// <summary>As <see cref="GreenIsExact"/> for the yellow cut.</summary>
    public bool YellowIsExact { get; } = threshold.Yellow is { } yellow && ValueCell.HasFifteenDigits(yellow);

    /// <summary>The task deadline's day number (tasks only).</summary>
    public int DeadlineDay { get; } = threshold.Deadline?.DayNumber ?? 0;
}
