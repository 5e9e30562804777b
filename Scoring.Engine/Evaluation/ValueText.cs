using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>Writes values and cuts the way explanations show them, in both languages.</summary>
internal static class ValueText
{
    public static LocalizedText Value(Indicator indicator, IndicatorValue value, decimal? percent) => indicator.PerCapita is { } perCapita
        ? PerCapitaValue(indicator, perCapita, value)
        : indicator.Kind switch
    {
        IndicatorKind.Ratio when value.Whole is null => Both(language =>
            NumberText.Percent(value.Number!.Value, language) + (language == Language.Vi ? " (báo cáo không kèm số lượng)" : " (reported without a count)")),
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
        if (indicator.PerCapita is { } perCapita)
        {
            return Both(language => $"{comparator} {NumberText.Format(cut, language)}{UnitSuffix(indicator.Unit, language)}{PerResidents(perCapita, language)}");
        }

        return indicator.Kind == IndicatorKind.Count
            ? Both(language => $"{comparator} {NumberText.Format(cut, language)}{UnitSuffix(indicator.Unit, language)}")
            : Both(language => $"{comparator} {NumberText.Percent(cut, language)}");
    }

    /// <summary>
    /// A per-capita value: the count, the population it is divided by and the rate, "144 hồ sơ quá hạn / 45.000 dân
    /// (3,2 hồ sơ quá hạn / 1.000 dân)". The value is laid out as count of population × 100 / per (<see cref="PerCapitaOf"/>).
    /// </summary>
    private static LocalizedText PerCapitaValue(Indicator indicator, PerCapitaOf perCapita, IndicatorValue value)
    {
        var (count, whole) = (value.Number!.Value, value.Whole!.Value);
        var population = perCapita.Population(whole);
        var rate = count * 100m / whole;
        return Both(language =>
            $"{NumberText.Format(count, language)}{UnitSuffix(indicator.Unit, language)} / {NumberText.Format(population, language)} {Residents(language)}"
            + $" ({NumberText.Format(rate, language)}{UnitSuffix(indicator.Unit, language)}{PerResidents(perCapita, language)})");
    }

    /// <summary>" / 1.000 dân", " per 1,000 residents".</summary>
    private static string PerResidents(PerCapitaOf perCapita, Language language) => language == Language.Vi
        ? $" / {NumberText.Format(perCapita.Per, language)} {Residents(language)}"
        : $" per {NumberText.Format(perCapita.Per, language)} {Residents(language)}";

    private static string Residents(Language language) => language == Language.Vi ? "dân" : "residents";

    public static LocalizedText Both(Func<Language, string> text) => new(text(Language.Vi), text(Language.En));

    private static string UnitSuffix(LocalizedText? unit, Language language) => unit is null ? "" : " " + unit.In(language);

    private static LocalizedText TaskValue(IndicatorValue value)
    {
        var status = Words.TaskStatusName(value.Task!.Value);
        if (value.Task != Model.TaskProgress.Done || value.CompletedOn is null)
        {
            return status;
        }

        var date = Words.DateName(value.CompletedOn);
        return new($"{status.Vi} ngày {date.Vi}", $"{status.En} on {date.En}");
    }
}
