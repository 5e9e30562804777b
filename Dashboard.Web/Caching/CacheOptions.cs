using System.ComponentModel.DataAnnotations;

namespace DashboardKpi.Dashboard.Web.Caching;

/// <summary>The <c>Cache</c> configuration section (docs/caching.md): how often a node asks the database whether its cached pages are still current.</summary>
public sealed class CacheOptions
{
    public const string SectionName = "Cache";

    /// <summary>
    /// At most one read of the data-version stamp per this many milliseconds per node: the bound on how stale another
    /// node's write can look here (its own writes show at once). Cache__StampCheckMilliseconds.
    /// </summary>
    [Range(1, 60_000, ErrorMessage = "Cache:StampCheckMilliseconds must be between 1 and 60000.")]
    public int StampCheckMilliseconds { get; set; } = 500;

    /// <summary>
    /// How long an entry may stay unused before it is dropped to free memory. Never what keeps pages current: the stamp does that.
    /// </summary>
    [Range(1, 24 * 60, ErrorMessage = "Cache:EntryMinutes must be between 1 and 1440.")]
    public int EntryMinutes { get; set; } = 10;

    public TimeSpan StampCheck => TimeSpan.FromMilliseconds(StampCheckMilliseconds);
}
