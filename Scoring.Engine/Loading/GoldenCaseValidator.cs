using System.Globalization;
using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Checks a golden case against the rule file it travels in: known units, indicators, criteria and value shapes.</summary>
internal sealed class GoldenCaseValidator : AbstractValidator<GoldenCaseDocument>
{
    /// <summary>The fields a value of each kind has: one of the alternatives, exactly. A ratio's number alone is a percentage reported without a count.</summary>
    private static readonly Dictionary<string, (string[][] Alternatives, string Needs)> _shapes = new()
    {
        ["ratio"] = ([["Part", "Whole"], ["Number"]], "part + whole | number"),
        ["count"] = ([["Number"]], "number"),
        ["percentage"] = ([["Number"]], "number"),
        ["yesNo"] = ([["Flag"]], "flag"),
        ["task"] = ([["Task"]], "task (+ completedOn)"),
    };

    public GoldenCaseValidator(RuleSetDocument document)
    {
        var kinds = (document.Indicators ?? []).Where(i => i.Code is not null).GroupBy(i => i.Code!).ToDictionary(g => g.Key, g => g.First().Kind);
        var criteria = (document.Criteria ?? []).Select(c => c.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);

        RuleFor(c => c).Custom((golden, context) =>
        {
            if (string.IsNullOrWhiteSpace(golden.Name))
            {
                context.Fail("Name", "required");
            }

            context.RequireEnum("UnitType", golden.UnitType, Vocabulary.Names(Vocabulary.UnitTypes));
            if (!Model.Period.TryParse(golden.Period, out _))
            {
                context.Fail("Period", golden.Period is null ? "required" : "period.invalid", golden.Period);
            }

            CheckDate(context, "AsOf", golden.AsOf);
            if (golden.Population is { } population && population <= 0)
            {
                context.Fail("Population", "number.notPositive", population);
            }

            var values = golden.Values ?? [];
            for (var i = 0; i < values.Count; i++)
            {
                CheckValue(context, $"Values[{i}]", values[i], kinds);
            }

            if (golden.Expect is null)
            {
                context.Fail("Expect", "required");
                return;
            }

            if (golden.Expect.Overall is not null)
            {
                context.RequireEnum("Expect.Overall", golden.Expect.Overall, "green", "yellow", "red", "noData");
            }

            var expected = golden.Expect.Criteria ?? [];
            for (var i = 0; i < expected.Count; i++)
            {
                var path = $"Expect.Criteria[{i}]";
                if (expected[i].Code is not { } code || !criteria.Contains(code))
                {
                    context.Fail(path + ".Code", expected[i].Code is null ? "required" : "criterion.unknown", expected[i].Code);
                }

                context.RequireEnum(path + ".Rating", expected[i].Rating, Vocabulary.Names(Vocabulary.Results));
            }
        });
    }

    private static void CheckValue(ValidationContext<GoldenCaseDocument> context, string path, GoldenValueDocument value, Dictionary<string, string?> kinds)
    {
        if (value.Indicator is null || !kinds.TryGetValue(value.Indicator, out var kind) || kind is null || !_shapes.TryGetValue(kind, out var shape))
        {
            context.Fail(path + ".Indicator", value.Indicator is null ? "required" : "indicator.unknown", value.Indicator);
            return;
        }

        if (value.Period is not null && !Model.Period.TryParse(value.Period, out _))
        {
            context.Fail(path + ".Period", "period.invalid", value.Period);
        }

        var present = new Dictionary<string, bool>
        {
            ["Part"] = value.Part is not null,
            ["Whole"] = value.Whole is not null,
            ["Number"] = value.Number is not null,
            ["Flag"] = value.Flag is not null,
            ["Task"] = value.Task is not null,
        };
        if (!shape.Alternatives.Any(fields => fields.All(f => present[f]) && !present.Any(p => p.Value && !fields.Contains(p.Key))))
        {
            context.Fail(path, "case.valueShape", value.Indicator, kind, shape.Needs);
        }

        if (value.Task is not null)
        {
            context.RequireEnum(path + ".Task", value.Task, Vocabulary.Names(Vocabulary.TaskStates));
        }

        CheckDate(context, path + ".CompletedOn", value.CompletedOn);
    }

    private static void CheckDate(ValidationContext<GoldenCaseDocument> context, string path, string? date)
    {
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            context.Fail(path, "date.invalid", date);
        }
    }
}
