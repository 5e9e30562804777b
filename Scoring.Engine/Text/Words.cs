using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Text;

/// <summary>The few fixed words the engine puts into sentences, spelled as in the project glossary.</summary>
public static class Words
{
    private static readonly string[] _englishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static LocalizedText ColourName(Rating rating) => rating switch
    {
        Rating.Green => new("xanh", "green"),
        Rating.Yellow => new("vàng", "yellow"),
        Rating.Red => new("đỏ", "red"),
    };

    public static LocalizedText TaskStatusName(Model.TaskProgress status) => status switch
    {
        Model.TaskProgress.NotStarted => new("chưa bắt đầu", "not started"),
        Model.TaskProgress.InProgress => new("đang thực hiện", "in progress"),
        Model.TaskProgress.Done => new("đã hoàn thành", "done"),
    };

    public static LocalizedText PercentagePoints { get; } = new("điểm phần trăm", "percentage points");

    /// <summary>
    /// The unit for an amount: Vietnamese has no plural; English units are written plural in the rule file
    /// ("computers"), so one of them loses its regular "s" ("1 more computer", "1 percentage point").
    /// </summary>
    public static LocalizedText UnitFor(decimal amount, LocalizedText unit)
    {
        var en = unit.En;
        return amount == 1m && en.EndsWith('s') && !en.EndsWith("ss", StringComparison.Ordinal) ? unit with { En = en[..^1] } : unit;
    }

    /// <summary>"tháng 7/2025" / "July 2025".</summary>
    public static LocalizedText PeriodName(Period period) => new(
        string.Create(CultureInfo.InvariantCulture, $"tháng {period.Month}/{period.Year}"),
        string.Create(CultureInfo.InvariantCulture, $"{_englishMonths[period.Month - 1]} {period.Year}"));

    /// <summary>
    /// Why a criterion outside its validity is not rated: "Chưa áp dụng: tiêu chí áp dụng từ tháng 3/2026; …" before its
    /// effectiveFrom, "Nhiệm vụ chuyển tiếp, hết hiệu lực từ tháng 1/2026; …" after its effectiveTo (the month after it).
    /// </summary>
    public static LocalizedText NotInForce(Criterion criterion, Period period)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (criterion.EffectiveFrom is { } from && period < from)
        {
            var starts = PeriodName(from);
            return new($"Chưa áp dụng: tiêu chí áp dụng từ {starts.Vi}; không tính vào mức tổng thể.",
                $"Not yet in force: the criterion applies from {starts.En}; not counted in the overall colour.");
        }

        var retired = PeriodName(criterion.EffectiveTo!.Value.AddMonths(1));
        return new($"Nhiệm vụ chuyển tiếp, hết hiệu lực từ {retired.Vi}; không tính vào mức tổng thể.",
            $"A transition task, retired from {retired.En}; not counted in the overall colour.");
    }

    /// <summary>
    /// Which months an accumulated value was summed from: "Cộng dồn từ tháng 1 đến tháng 7/2025: 5 tháng có báo cáo
    /// (1, 2, 3, 5, 7); thiếu tháng 4, 6, tính là 0." / "Year to date, January–July 2025: 5 months reported (1, 2, 3, 5, 7);
    /// missing 4, 6, counted as 0." A rolling window names each month with its year (8/2024).
    /// </summary>
    public static LocalizedText Accumulated(AccumulationOf accumulate, Period period, IReadOnlyList<Period> reported, IReadOnlyList<Period> missing)
    {
        ArgumentNullException.ThrowIfNull(accumulate);
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(missing);
        var first = accumulate.FirstOf(period);
        var last = PeriodName(period);
        var yearToDate = accumulate.Over == AccumulationWindow.YearToDate;
        string Month(Period p) => yearToDate
            ? p.Month.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{p.Month}/{p.Year}");
        var (vi, en) = yearToDate
            ? first == period
                ? ($"Cộng dồn {last.Vi}", $"Year to date, {last.En}")
                : ($"Cộng dồn từ tháng 1 đến {last.Vi}", $"Year to date, January–{last.En}")
            : ($"Cộng dồn 12 tháng từ {PeriodName(first).Vi} đến {last.Vi}", $"12 months, {PeriodName(first).En}–{last.En}");
        var count = reported.Count.ToString(CultureInfo.InvariantCulture);
        var months = string.Join(", ", reported.Select(Month));
        vi += $": {count} tháng có báo cáo ({months})";
        en += $": {count} {(reported.Count == 1 ? "month" : "months")} reported ({months})";
        if (missing.Count > 0)
        {
            var absent = string.Join(", ", missing.Select(Month));
            vi += $"; thiếu tháng {absent}, tính là 0";
            en += $"; missing {absent}, counted as 0";
        }

        return new(vi + ".", en + ".");
    }

    /// <summary>"31/12/2025" in both languages: dd/MM/yyyy is how the city writes dates.</summary>
    public static LocalizedText DateName(DateOnly? date)
    {
        var text = date is { } day ? string.Create(CultureInfo.InvariantCulture, $"{day.Day:D2}/{day.Month:D2}/{day.Year:D4}") : "—";
        return new(text, text);
    }

    public static LocalizedText Codes(IEnumerable<string> codes)
    {
        var joined = string.Join(", ", codes);
        return joined.Length == 0 ? new("không có", "none") : new(joined, joined);
    }
}
