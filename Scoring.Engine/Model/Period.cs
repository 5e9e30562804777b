using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>A monthly reporting period, written "2025-07" in files and URLs and "tháng 7/2025" in text.</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public static bool TryParse([NotNullWhen(true)] string? text, out Period period)
    {
        period = default;
        if (text is null || text.Length != 7 || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || year < 2000 || year > 2100 || month < 1 || month > 12)
        {
            return false;
        }

        period = new Period(year, month);
        return true;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period (yyyy-MM).");

    public static Period Of(DateOnly date) => new(date.Year, date.Month);

    public Period AddMonths(int months)
    {
        var index = (Year * 12) + (Month - 1) + months;
        return new Period(index / 12, (index % 12) + 1);
    }

    /// <summary>This period and every one after it up to <paramref name="last"/>, in order (empty when last is earlier).</summary>
    public IEnumerable<Period> Through(Period last)
    {
        for (var period = this; period <= last; period = period.AddMonths(1))
        {
            yield return period;
        }
    }

    public DateOnly FirstDay => new(Year, Month, 1);

    public DateOnly LastDay => FirstDay.AddMonths(1).AddDays(-1);

    public int CompareTo(Period other) => (Year, Month).CompareTo((other.Year, other.Month));

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>As people write it in Vietnamese documents: "08/2025".</summary>
    public string Slashed => string.Create(CultureInfo.InvariantCulture, $"{Month:D2}/{Year:D4}");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
