namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>Whether a criterion could be rated. Only <see cref="Rated"/> results carry a colour.</summary>
public enum Outcome
{
    /// <summary>Rated green, yellow or red (possibly from a carried-forward, stale value).</summary>
    Rated,

    /// <summary>No value for the period ("Chưa có dữ liệu"); excluded from the overall rating.</summary>
    NoData,

    /// <summary>The ratio's whole is below the minimum denominator ("Không đủ dữ liệu"); excluded from the overall rating.</summary>
    InsufficientData,
}
