using System.Globalization;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// The common ground of both stores for decimals: SQL Server columns are DECIMAL(38,10), SQLite keeps the exact
/// text. A value that SQL Server would round is refused on both providers, so the same input never reads back
/// differently depending on where it was stored (which would break bit-for-bit recomputation).
/// </summary>
public static class StoredDecimal
{
    public const int MaxScale = 10;

    private static readonly decimal Limit = 1e28m;

    public static void EnsureFits(decimal? value, string name)
    {
        if (value is not { } v)
        {
            return;
        }

        if (decimal.Round(v, MaxScale) != v || Math.Abs(v) >= Limit)
        {
            throw new ArgumentOutOfRangeException(name, v, string.Format(
                CultureInfo.InvariantCulture,
                "{0} = {1} does not fit DECIMAL(38,{2}): round it to {2} decimal places before storing.",
                name,
                v,
                MaxScale));
        }
    }

    /// <summary>Rounds a computed value (such as a score) to what both stores hold; banker's rounding, deterministic.</summary>
    public static decimal? Round(decimal? value) => value is { } v ? decimal.Round(v, MaxScale, MidpointRounding.ToEven) : null;
}
