using FluentValidation;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>Checks the aggregation block against the criteria it names and the points they carry.</summary>
internal static class AggregationRules
{
    public static void Validate(RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        var aggregation = document.Aggregation;
        if (aggregation is null)
        {
            context.Fail("Aggregation", "required");
            return;
        }

        context.RequireEnum("Aggregation.Method", aggregation.Method, Vocabulary.CriticalShare, Vocabulary.Points);
        if (aggregation.Basis is not null)
        {
            context.RequireEnum("Aggregation.Basis", aggregation.Basis, Vocabulary.Names(Vocabulary.Bases));
        }

        context.OptionalReference("Aggregation.Reference", aggregation.Reference);
        context.OptionalText("Aggregation.Rationale", aggregation.Rationale);
        context.OptionalText("Aggregation.CriticalShare.CriticalRationale", aggregation.CriticalShare?.CriticalRationale);
        if (aggregation.Method == Vocabulary.CriticalShare)
        {
            ValidateCriticalShare(aggregation.CriticalShare, document, context);
        }
        else if (aggregation.Method == Vocabulary.Points)
        {
            ValidatePoints(aggregation.Points, document, context);
        }
    }

    private static void ValidateCriticalShare(CriticalShareDocument? settings, RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        const string Path = "Aggregation.CriticalShare";
        if (settings is null)
        {
            context.Fail(Path, "aggregation.settingsMissing", "criticalShare");
            return;
        }

        if (settings.Critical is null || settings.Critical.Count == 0)
        {
            context.Fail(Path + ".Critical", "critical.empty");
        }
        else
        {
            var known = (document.Criteria ?? []).Select(c => c.Code).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < settings.Critical.Count; i++)
            {
                var code = settings.Critical[i];
                if (!known.Contains(code))
                {
                    context.Fail($"{Path}.Critical[{i}]", "critical.unknown", code);
                }
                else if (!seen.Add(code))
                {
                    context.Fail($"{Path}.Critical[{i}]", "code.duplicate", code);
                }
            }
        }

        if (settings.RedCriteriaForRed is null)
        {
            context.Fail(Path + ".RedCriteriaForRed", "required");
        }
        else if (settings.RedCriteriaForRed < 1)
        {
            context.Fail(Path + ".RedCriteriaForRed", "number.notPositive", settings.RedCriteriaForRed);
        }

        if (settings.GreenSharePercent is null)
        {
            context.Fail(Path + ".GreenSharePercent", "required");
        }
        else if (settings.GreenSharePercent is <= 0 or > 100)
        {
            context.Fail(Path + ".GreenSharePercent", "share.outOfRange", settings.GreenSharePercent);
        }

        if (settings.UnratedAllowance is < 0)
        {
            context.Fail(Path + ".UnratedAllowance", "number.negative", settings.UnratedAllowance);
        }
    }

    private static void ValidatePoints(PointsAggregationDocument? settings, RuleSetDocument document, ValidationContext<RuleSetDocument> context)
    {
        const string Path = "Aggregation.Points";
        if (settings is null)
        {
            context.Fail(Path, "aggregation.settingsMissing", "points");
            return;
        }

        if (settings.TotalPoints is not > 0)
        {
            context.Fail(Path + ".TotalPoints", settings.TotalPoints is null ? "required" : "number.notPositive", settings.TotalPoints);
        }

        var (green, yellow) = (settings.Bands?.Green, settings.Bands?.Yellow);
        if (green is null || yellow is null)
        {
            context.Fail(Path + ".Bands", "required");
        }
        else if (green <= yellow || yellow < 0 || (settings.TotalPoints is { } total && green > total))
        {
            context.Fail(Path + ".Bands", "points.bandsOrder", green, yellow, settings.TotalPoints);
        }

        var criteria = document.Criteria ?? [];
        for (var i = 0; i < criteria.Count; i++)
        {
            if (criteria[i].Points is null)
            {
                context.Fail($"Criteria[{i}].Points", "points.missing");
            }
        }

        var sum = criteria.Sum(c => c.Points?.MaxPoints ?? 0m);
        if (settings.TotalPoints is > 0 && criteria.All(c => c.Points is not null) && sum != settings.TotalPoints)
        {
            context.Fail(Path + ".TotalPoints", "points.sumMismatch", sum, settings.TotalPoints);
        }
    }
}
