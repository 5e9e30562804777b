using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Writes values and cuts the way explanations show them, in both languages.</summary>
internal static class ValueText
{
    public static LocalizedText Value(Indicator indicator, IndicatorValue value, decimal? percent) => indicator.Kind switch
    {
        IndicatorKind.Ratio => Both(language =>
            $"{NumberText.Format(value.Number!.Value, language)}/{NumberText.Format(value.Whole!.Value, language)}"
            + UnitSuffix(indicator.Unit, language)
            + $" ({NumberText.Percent(percent!.Value, language)})"),
        IndicatorKind.Count => Both(language => NumberText.Format(value.Number!.Value, language) + UnitSuffix(indicator.Unit, language)),
        IndicatorKind.Percentage => Both(language => NumberText.Percent(value.Number!.Value, language)),
        IndicatorKind.YesNo => value.Flag == true ? new("có", "yes") : new("không", "no"),
        IndicatorKind.Task => TaskValue(value),
        _ => throw new ArgumentOutOfRangeException(nameof(indicator)),
    };

    /// <summary>A cut with its comparator: "≥ 95 %", "≤ 5 hồ sơ".</summary>
    public static LocalizedText Cut(Indicator indicator, decimal cut, Direction direction, Boundary boundary)
    {
        var comparator = (direction, boundary) switch
        {
            (Direction.HigherIsBetter, Boundary.Inclusive) => "≥",
            (Direction.HigherIsBetter, Boundary.Exclusive) => ">",
            (Direction.LowerIsBetter, Boundary.Inclusive) => "≤",
            _ => "<",
        };
        return indicator.Kind == IndicatorKind.Count
            ? Both(language => $"{comparator} {NumberText.Format(cut, language)}{UnitSuffix(indicator.Unit, language)}")
            : Both(language => $"{comparator} {NumberText.Percent(cut, language)}");
    }

    public static LocalizedText Both(Func<Language, string> text) => new(text(Language.Vi), text(Language.En));

    private static string UnitSuffix(LocalizedText? unit, Language language) => unit is null ? "" : " " + unit.In(language);

    private static LocalizedText TaskValue(IndicatorValue value)
    {
        var status = Words.TaskStatusName(value.Task!.Value);
        if (value.Task != Model.TaskStatus.Done || value.CompletedOn is null)
        {
            return status;
        }

        var date = Words.DateName(value.CompletedOn);
        return new($"{status.Vi} ngày {date.Vi}", $"{status.En} on {date.En}");
    }
}
