using DashboardKpi.Dashboard.Web.Methodology;
using DashboardKpi.Dashboard.Web.RuleVersions;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Queries;

/// <summary>The Methodology of the published rule set in force for a period (default: the newest rated period, else this month).</summary>
public sealed class MethodologyQueries(RatingsQueries ratings, ActiveRules rules, RulesInForce inForce)
{
    /// <summary>The period shown, the rated periods to pick from, and the methodology (null when no rule set is in force for the period).</summary>
    public sealed record Result(string Period, IReadOnlyList<string> Periods, MethodologyDto? Methodology)
    {
        /// <summary>The rated periods, plus the one shown when it is not rated (yet), newest first.</summary>
        public IReadOnlyList<string> Choices => Periods.Contains(Period) ? Periods : [.. Periods.Append(Period).OrderDescending(StringComparer.Ordinal)];
    }

    /// <param name="requested">yyyy-MM, or null for the default; callers reject a malformed one first.</param>
    public async Task<Result> ForPeriodAsync(string? requested, CancellationToken ct)
    {
        var periods = await ratings.ListPeriodsAsync(ct);
        var period = Period.TryParse(requested, out var asked) ? asked
            : periods.Count > 0 ? Period.Parse(periods[0])
            : inForce.CurrentMonth;
        var found = await rules.FindForPeriodAsync(period, ct);
        return new Result(period.ToString(), periods, found is { Rules: var set } ? MethodologyBuilder.Build(set, period) : null);
    }

    /// <summary>The page's address for a period, optionally at a criterion: "/Methodology?period=2025-07#C7".</summary>
    public static string Url(string? period, string? criterion = null) =>
        "/Methodology" + (period is null ? "" : "?period=" + Uri.EscapeDataString(period)) + (criterion is null ? "" : "#" + criterion);
}
