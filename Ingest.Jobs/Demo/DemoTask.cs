namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// When a unit completes a Plan 02 task: <c>Start + MedianDays·exp(Spread·(0.6·z + 0.8·ε))</c> days, <c>z</c> the unit's
/// general standing (a unit late on one task tends to be late on others), or never with probability <see cref="Never"/>.
/// </summary>
internal sealed record DemoTask(DateOnly Start, double MedianDays, double Spread, double Never);

/// <summary>How often a yes/no is "yes" in July 2025, and the monthly chance that a "no" becomes "yes" (and stays).</summary>
internal sealed record DemoFlag(double July, double MonthlyUptake);
