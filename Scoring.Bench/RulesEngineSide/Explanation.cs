using System.Globalization;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Bench.RulesEngineSide;

/// <summary>
/// The RulesEngine side's explanation, written by hand so that both sides do comparable work: the value, the
/// cuts that applied and the amount missing to each better colour, in Vietnamese and English (numbers through
/// the engine's NumberText, the one number formatter).
/// "C7: 17/40 computers (42.5%) → red (green ≥ 95%, yellow ≥ 80%); 15 more computers for yellow; 21 more computers for green".
/// </summary>
public static class Explanation
{
    public static (string Vi, string En) Write(
        Criterion criterion, Threshold threshold, Boundary boundary, IndicatorValue? value, Outcome outcome, Rating? rating, Period period)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(threshold);
        return (One(criterion, threshold, boundary, value, outcome, rating, period, vi: true), One(criterion, threshold, boundary, value, outcome, rating, period, vi: false));
    }

    private static string One(Criterion criterion, Threshold threshold, Boundary boundary, IndicatorValue? value, Outcome outcome, Rating? rating, Period period, bool vi)
    {
        var language = vi ? Language.Vi : Language.En;
        var unit = criterion.Indicator.Unit is { } u ? " " + (vi ? u.Vi : u.En) : "";
        var code = criterion.Code;
        if (value is null)
        {
            return rating == Rating.Red
                ? (vi ? $"{code}: không báo cáo kỳ {period} → đỏ" : $"{code}: not reported for {period} → red")
                : (vi ? $"{code}: chưa có dữ liệu kỳ {period}" : $"{code}: no data for {period}");
        }

        if (outcome == Outcome.InsufficientData)
        {
            var whole = NumberText.Format(value.Whole!.Value, language);
            var min = NumberText.Format(criterion.MinDenominator ?? 1m, language);
            return vi ? $"{code}: chỉ {whole}{unit}, cần ít nhất {min}" : $"{code}: only {whole}{unit}, needs at least {min}";
        }

        var colour = Colour(rating!.Value, vi);
        switch (criterion.Indicator.Kind)
        {
            case IndicatorKind.YesNo:
                return rating == Rating.Green
                    ? (vi ? $"{code}: có → {colour}" : $"{code}: yes → {colour}")
                    : (vi ? $"{code}: không → {colour}; thực hiện để đạt mức xanh" : $"{code}: no → {colour}; do it to reach green");
            case IndicatorKind.Task:
                var deadline = threshold.Deadline!.Value.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                return rating == Rating.Green
                    ? (vi ? $"{code}: hoàn thành → {colour}" : $"{code}: done → {colour}")
                    : (vi ? $"{code}: chưa hoàn thành, hạn {deadline} → {colour}; hoàn thành để đạt mức xanh" : $"{code}: not done, due {deadline} → {colour}; finish it to reach green");
        }

        var kind = criterion.Indicator.Kind;
        var valueText = kind switch
        {
            IndicatorKind.Ratio => $"{NumberText.Format(value.Number!.Value, language)}/{NumberText.Format(value.Whole!.Value, language)}{unit} ({NumberText.Percent(value.Number.Value * 100m / value.Whole.Value, language)})",
            IndicatorKind.Count => NumberText.Format(value.Number!.Value, language) + unit,
            _ => NumberText.Percent(value.Number!.Value, language),
        };
        var comparator = (threshold.Direction, boundary) switch
        {
            (Direction.HigherIsBetter, Boundary.Inclusive) => "≥",
            (Direction.HigherIsBetter, Boundary.Exclusive) => ">",
            (Direction.LowerIsBetter, Boundary.Inclusive) => "≤",
            _ => "<",
        };
        var percent = kind == IndicatorKind.Count ? unit : "%";
        var text = vi
            ? $"{code}: {valueText} → {colour} (xanh {comparator} {NumberText.Format(threshold.Green!.Value, language)}{percent}, vàng {comparator} {NumberText.Format(threshold.Yellow!.Value, language)}{percent})"
            : $"{code}: {valueText} → {colour} (green {comparator} {NumberText.Format(threshold.Green!.Value, language)}{percent}, yellow {comparator} {NumberText.Format(threshold.Yellow!.Value, language)}{percent})";
        if (rating == Rating.Red)
        {
            text += Gap(kind, value, threshold.Yellow!.Value, threshold.Direction, boundary, unit, Rating.Yellow, language, vi);
        }

        if (rating != Rating.Green)
        {
            text += Gap(kind, value, threshold.Green!.Value, threshold.Direction, boundary, unit, Rating.Green, language, vi);
        }

        return text;
    }

    private static string Gap(IndicatorKind kind, IndicatorValue value, decimal cut, Direction direction, Boundary boundary, string unit, Rating target, Language language, bool vi)
    {
        var current = value.Number!.Value;
        decimal missing;
        if (kind == IndicatorKind.Percentage)
        {
            missing = (direction == Direction.HigherIsBetter ? cut - current : current - cut) + (boundary == Boundary.Inclusive ? 0m : 0.01m);
            unit = vi ? " điểm phần trăm" : " percentage points";
        }
        else
        {
            var goal = kind == IndicatorKind.Ratio ? cut * value.Whole!.Value / 100m : cut;
            var needed = direction == Direction.HigherIsBetter
                ? (boundary == Boundary.Inclusive ? Math.Ceiling(goal) : Math.Floor(goal) + 1m)
                : (boundary == Boundary.Inclusive ? Math.Floor(goal) : Math.Ceiling(goal) - 1m);
            missing = direction == Direction.HigherIsBetter ? needed - current : current - needed;
        }

        var amount = NumberText.Format(missing, language);
        var more = direction == Direction.HigherIsBetter;
        return vi
            ? $"; {(more ? "thêm" : "giảm")} {amount}{unit} để đạt mức {Colour(target, vi)}"
            : $"; {amount} {(more ? "more" : "fewer")}{unit} for {Colour(target, vi)}";
    }

    private static string Colour(Rating rating, bool vi) => rating switch
    {
        Rating.Green => vi ? "xanh" : "green",
        Rating.Yellow => vi ? "vàng" : "yellow",
        Rating.Red => vi ? "đỏ" : "red",
    };
}
