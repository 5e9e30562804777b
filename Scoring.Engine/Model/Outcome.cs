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

    /// <summary>
    /// The criterion is not in force for the period: before its effectiveFrom ("chưa áp dụng") or after its effectiveTo
    /// ("đã hết hiệu lực"). Not rated and left out of the overall rating; a critical one does not block green.
    /// </summary>
    NotInForce,
}
