using FluentValidation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>
/// Checks a criterion's threshold and each override (merged over the default, as it will apply) for its
/// indicator kind, and that no two overrides can apply to the same unit type in the same period.
/// </summary>
internal static class ThresholdRules
{
    public static void Validate(CriterionDocument criterion, IndicatorKind kind, bool exclusive, ValidationContext<CriterionDocument> context)
    {
        var threshold = criterion.Threshold;
        if (threshold is null)
        {
            context.Fail("Threshold", "required");
            return;
        }

        context.RequireEnum("Threshold.Basis", threshold.Basis, Vocabulary.Names(Vocabulary.Bases));
        if (string.IsNullOrWhiteSpace(threshold.Source))
        {
            context.Fail("Threshold.Source", "required");
        }

        context.OptionalReference("Threshold.Reference", threshold.Reference);
        context.OptionalText("Threshold.Rationale", threshold.Rationale);

        if (Vocabulary.IsNumeric(kind))
        {
            context.RequireEnum("Threshold.Direction", threshold.Direction, Vocabulary.Names(Vocabulary.Directions));
        }

        ValidateCuts(kind, threshold.Direction, threshold.Green, threshold.Yellow, threshold.Deadline, exclusive, "Threshold", context,
            hasDirection: threshold.Direction is not null);

        var overrides = criterion.Overrides ?? [];
        for (var i = 0; i < overrides.Count; i++)
        {
            var item = overrides[i];
            var path = $"Overrides[{i}]";
            ValidateScope(item, path, context);
            if (item.Green is null && item.Yellow is null && item.Deadline is null && item.Basis is null && item.Source is null)
            {
                context.Fail(path, "override.empty");
            }

            if (item.Basis is not null)
            {
                context.RequireEnum(path + ".Basis", item.Basis, Vocabulary.Names(Vocabulary.Bases));
            }

            context.OptionalReference(path + ".Reference", item.Reference);
            context.OptionalText(path + ".Rationale", item.Rationale);

            if (item.Green is not null || item.Yellow is not null || item.Deadline is not null)
            {
                ValidateCuts(kind, threshold.Direction, item.Green ?? threshold.Green, item.Yellow ?? threshold.Yellow,
                    item.Deadline ?? threshold.Deadline, exclusive, path, context, hasDirection: false);
            }
        }

        for (var i = 0; i < overrides.Count; i++)
        {
            for (var j = i + 1; j < overrides.Count; j++)
            {
                if (Overlap(overrides[i], overrides[j]))
                {
                    context.Fail($"Overrides[{j}]", "override.overlap", i, j);
                }
            }
        }
    }

    private static void ValidateCuts(
        IndicatorKind kind, string? direction, decimal? green, decimal? yellow, string? deadline, bool exclusive,
        string path, ValidationContext<CriterionDocument> context, bool hasDirection)
    {
        if (!Vocabulary.IsNumeric(kind))
        {
            if (hasDirection || green is not null || yellow is not null)
            {
                context.Fail(path, "threshold.cutsNotAllowed");
            }

            if (kind == IndicatorKind.Task)
            {
                if (deadline is null)
                {
                    context.Fail(path + ".Deadline", "threshold.deadlineMissing");
                }
                else if (!DateOnly.TryParseExact(deadline, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                {
                    context.Fail(path + ".Deadline", "date.invalid", deadline);
                }
            }

            return;
        }

        if (green is null || yellow is null)
        {
            context.Fail(path, "threshold.cutsMissing");
            return;
        }

        var higher = direction != "lowerIsBetter";
        foreach (var (name, cut) in new[] { ("Green", green.Value), ("Yellow", yellow.Value) })
        {
            if (higher && cut <= 0)
            {
                context.Fail($"{path}.{name}", "threshold.cutNotPositive", cut);
            }
            else if (!higher && cut < 0)
            {
                context.Fail($"{path}.{name}", "threshold.cutNegative", cut);
            }
            else if (Vocabulary.IsPercent(kind) && cut > 100)
            {
                context.Fail($"{path}.{name}", "threshold.cutAbove100", cut);
            }
            else if (Vocabulary.IsPercent(kind) && exclusive && higher && cut == 100)
            {
                context.Fail($"{path}.{name}", "threshold.unreachable", cut);
            }
        }

        if (higher ? yellow > green : yellow < green)
        {
            context.Fail(path + ".Yellow", "threshold.yellowWrongSide", yellow, green, direction ?? "higherIsBetter");
        }
    }

    private static void ValidateScope(ThresholdOverrideDocument item, string path, ValidationContext<CriterionDocument> context)
    {
        var types = item.UnitTypes ?? [];
        for (var t = 0; t < types.Count; t++)
        {
            context.RequireEnum($"{path}.UnitTypes[{t}]", types[t], Vocabulary.Names(Vocabulary.UnitTypes));
        }

        var fromValid = Period.TryParse(item.FromPeriod, out var from);
        var toValid = Period.TryParse(item.ToPeriod, out var to);
        if (item.FromPeriod is not null && !fromValid)
        {
            context.Fail(path + ".FromPeriod", "period.invalid", item.FromPeriod);
        }

        if (item.ToPeriod is not null && !toValid)
        {
            context.Fail(path + ".ToPeriod", "period.invalid", item.ToPeriod);
        }

        if (fromValid && toValid && from > to)
        {
            context.Fail(path + ".FromPeriod", "override.periodOrder", item.FromPeriod, item.ToPeriod);
        }
    }

    private static bool Overlap(ThresholdOverrideDocument a, ThresholdOverrideDocument b)
    {
        var typesA = a.UnitTypes ?? [];
        var typesB = b.UnitTypes ?? [];
        var typesMeet = typesA.Count == 0 || typesB.Count == 0 || typesA.Intersect(typesB, StringComparer.Ordinal).Any();
        var startA = Period.TryParse(a.FromPeriod, out var fa) ? fa : new Period(2000, 1);
        var endA = Period.TryParse(a.ToPeriod, out var ta) ? ta : new Period(2100, 12);
        var startB = Period.TryParse(b.FromPeriod, out var fb) ? fb : new Period(2000, 1);
        var endB = Period.TryParse(b.ToPeriod, out var tb) ? tb : new Period(2100, 12);
        return typesMeet && startA <= endB && startB <= endA;
    }
}
