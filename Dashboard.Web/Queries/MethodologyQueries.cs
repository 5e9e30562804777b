using DashboardKpi.Dashboard.Web.Methodology;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The Methodology of the published rule set in force for a period (default: the newest rated period, else this month).</summary>
public sealed class MethodologyQueries(RatingsQueries ratings, ActiveRules rules, RulesInForce inForce)
{
    /// <summary>The period shown, the rated periods to pick from, and the methodology (null when no rule set is in force for the period).</summary>
    public sealed record Result(Period Period, IReadOnlyList<Period> Periods, MethodologyDto? Methodology)
    {
        /// <summary>The rated periods, plus the one shown when it is not rated (yet), newest first.</summary>
        public IReadOnlyList<Period> Choices => Periods.Contains(Period) ? Periods : [.. Periods.Append(Period).OrderDescending()];
    }

    /// <param name="requested">The period asked for, or null for the default.</param>
    public async Task<Result> ForPeriodAsync(Period? requested, CancellationToken ct)
    {
        var periods = await ratings.ListPeriodsAsync(ct);
        var period = requested ?? await ratings.ResolvePeriodAsync(null, ct) ?? inForce.CurrentMonth;
        var found = await rules.FindForPeriodAsync(period, ct);
        return new Result(period, periods, found is { Rules: var set } ? MethodologyBuilder.Build(set, period) : null);
    }

    /// <summary>The page's address for a period, optionally at a criterion: "/Methodology?period=2025-07#C7".</summary>
    public static string Url(Period? period, string? criterion = null) =>
        "/Methodology" + (period is null ? "" : "?period=" + period) + (criterion is null ? "" : "#" + criterion);
}
