namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// A unit's character, drawn once and kept for every month: its standing on each share (a normal score, partly its
/// general standing, partly its own), how strongly it follows each trend, when it finishes each task, how eagerly it
/// takes up each connection. A unit weak on anti-malware coverage in July stays weak until its trend lifts it.
/// </summary>
internal sealed class DemoCharacter
{
    public DemoCharacter(DemoRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var general = random.Normal();
        var own = Math.Sqrt(1 - DemoDistributions.GeneralWeight * DemoDistributions.GeneralWeight);
        foreach (var (key, _) in DemoDistributions.Shares)
        {
            Standing[key] = DemoDistributions.GeneralWeight * general + own * random.Normal();
            Follow[key] = Math.Exp(0.35 * random.Normal());
        }

        foreach (var (code, flag) in DemoDistributions.Flags)
        {
            // A unit ahead in general is more likely to be connected early: its draw sits lower.
            var z = DemoDistributions.GeneralWeight * general + own * random.Normal();
            FlagDraw[code] = 1 / (1 + Math.Exp(1.7 * z));
        }

        foreach (var (code, task) in DemoDistributions.Tasks)
        {
            var z = DemoDistributions.GeneralWeight * -general + own * random.Normal();
            var days = task.MedianDays * Math.Exp(task.Spread * z);
            var never = random.Chance(task.Never);
            Completion[code] = never ? null : task.Start.AddDays((int)Math.Round(days));
            StuckNotStarted[code] = random.Chance(0.4);
        }

        TrainingPerMonth = Math.Clamp(0.09 * Math.Exp(0.3 * (general + random.Normal())), 0.04, 0.25);
        SessionZeal = Math.Exp(0.5 * (DemoDistributions.GeneralWeight * general + own * random.Normal()));
        FixShare = random.Between(0.6, 0.95);
    }

    public Dictionary<string, double> Standing { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, double> Follow { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, double> FlagDraw { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, DateOnly?> Completion { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, bool> StuckNotStarted { get; } = new(StringComparer.Ordinal);

    /// <summary>Share of staff trained per month from January (year-to-date training restarts each year).</summary>
    public double TrainingPerMonth { get; }

    public double SessionZeal { get; }
    public double FixShare { get; }
}
