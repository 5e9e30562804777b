using DashboardKpi.Ingest.Jobs.Parsing;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;
using TaskStatus = DashboardKpi.Scoring.Engine.Model.TaskStatus;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>
/// Draws one commune's demo values for one period so that each rated value lands in the colour band asked for
/// (the shipped rules are inclusive: a value at a cut earns the better colour). Sizes follow population: a
/// 100,000-resident ward has more computers, staff and dossiers than a 7,000-resident island commune.
/// </summary>
internal sealed class DemoValueDraw(Random random, Commune commune, Period period)
{
    private readonly decimal _size = Math.Clamp(commune.Population / 50_000m, 0.3m, 4m);
    private ParsedValue? _rated;

    public ParsedValue Value(Indicator indicator, Threshold threshold, Rating band)
    {
        _rated = indicator.Kind switch
        {
            IndicatorKind.Ratio => Ratio(indicator, threshold, band),
            IndicatorKind.Count => Count(threshold, band),
            IndicatorKind.Percentage => Percentage(threshold, band),
            IndicatorKind.YesNo => new ParsedValue(Flag: band != Rating.Red),
            _ => TaskState(threshold.Deadline!.Value, band),
        };
        return _rated;
    }

    /// <summary>A context value beside the rated one: resolved and in-progress dossiers split the month's count, and so on.</summary>
    public ParsedValue Context(Indicator indicator, Indicator rated)
    {
        var basis = _rated?.Number ?? 0m;
        return indicator.Kind switch
        {
            IndicatorKind.Count when rated.Kind == IndicatorKind.Count && indicator.Code.Contains("RESOLVED", StringComparison.Ordinal) =>
                new ParsedValue(Number: Math.Round(basis * Between(0.70m, 0.95m))),
            IndicatorKind.Count when rated.Kind == IndicatorKind.Count =>
                new ParsedValue(Number: Math.Round(basis * Between(0.05m, 0.30m))),
            IndicatorKind.Count => new ParsedValue(Number: Math.Round(Between(10m, 200m) * _size)),
            IndicatorKind.Percentage => new ParsedValue(Number: Math.Round(Between(60m, 100m), 1)),
            IndicatorKind.Ratio => Ratio(indicator, new Threshold(Direction.HigherIsBetter, 90m, 70m, null, ThresholdBasis.Proposed, ""), Rating.Green),
            IndicatorKind.YesNo => new ParsedValue(Flag: random.NextDouble() < 0.95),
            _ => new ParsedValue(Task: TaskStatus.InProgress),
        };
    }

    private ParsedValue Ratio(Indicator indicator, Threshold threshold, Rating band)
    {
        var typical = (indicator.SaneMax ?? 500m) / 50m;
        var whole = Math.Max(10m, Math.Round(typical * _size * Between(0.8m, 1.2m)));
        int Cut(decimal percent) => (int)Math.Ceiling(percent * whole / 100m);
        var (greenAt, yellowAt) = (Cut(threshold.Green!.Value), Cut(threshold.Yellow!.Value));
        var part = band switch
        {
            Rating.Green => Pick(greenAt, (int)whole),
            Rating.Yellow => Pick(yellowAt, greenAt - 1),
            _ => Pick(Math.Max(0, yellowAt - (int)(whole * 0.35m)), yellowAt - 1),
        };
        return new ParsedValue(Number: part, Whole: whole);
    }

    private ParsedValue Count(Threshold threshold, Rating band)
    {
        var (green, yellow) = ((int)threshold.Green!.Value, (int)threshold.Yellow!.Value);
        if (threshold.Direction == Direction.LowerIsBetter)
        {
            return new ParsedValue(Number: band switch
            {
                Rating.Green => Pick(0, green),
                Rating.Yellow => Pick(green + 1, yellow),
                _ => Pick(yellow + 1, yellow * 3 + 3),
            });
        }

        return new ParsedValue(Number: band switch
        {
            Rating.Green => Pick(green, Math.Max(green + 1, (int)(green * 1.6m * _size))),
            Rating.Yellow => Pick(yellow, green - 1),
            _ => Pick(yellow / 3, yellow - 1),
        });
    }

    private ParsedValue Percentage(Threshold threshold, Rating band)
    {
        // Tenths of a percent, so that a value never rounds across a cut.
        var (green, yellow) = ((int)(threshold.Green!.Value * 10), (int)(threshold.Yellow!.Value * 10));
        var tenths = band switch
        {
            Rating.Green => Pick(green, 1000),
            Rating.Yellow => Pick(yellow, green - 1),
            _ => Pick(Math.Max(0, yellow - 200), yellow - 1),
        };
        return new ParsedValue(Number: tenths / 10m);
    }

    private ParsedValue TaskState(DateOnly deadline, Rating band)
    {
        var asOf = period.LastDay;
        var overdue = asOf > deadline;
        var wantsDone = band == Rating.Green || (band == Rating.Yellow && overdue);
        if (wantsDone)
        {
            var latest = deadline < asOf ? deadline : asOf;
            var done = latest.AddDays(-random.Next(0, 25));
            return new ParsedValue(Task: TaskStatus.Done, CompletedOn: done < new DateOnly(2025, 7, 1) ? new DateOnly(2025, 7, 1) : done);
        }

        return new ParsedValue(Task: random.NextDouble() < 0.7 ? TaskStatus.InProgress : TaskStatus.NotStarted);
    }

    private int Pick(int from, int to) => to < from ? from : random.Next(from, to + 1);

    private decimal Between(decimal low, decimal high) => low + (decimal)random.NextDouble() * (high - low);
}
