using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Demo;

/// <summary>Which colour each criterion of a demo commune should land in, so that the overall rating matches its profile.</summary>
internal static class DemoBands
{
    public static Dictionary<string, Rating> Choose(RuleSet rules, IReadOnlySet<string> critical, DemoProfile profile, Period period, Random random)
    {
        var codes = rules.Criteria.Select(c => c.Code).ToList();
        // A yes/no cannot be yellow, nor a task past its deadline: only criteria that can show the colour asked for are picked.
        var canBeYellow = rules.Criteria.Where(c => c.Indicator.Kind is not IndicatorKind.YesNo
            && !(c.Indicator.Kind == IndicatorKind.Task && period.LastDay > c.Threshold.Deadline)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var bands = codes.ToDictionary(c => c, _ => Rating.Green, StringComparer.Ordinal);
        var others = codes.Where(c => !critical.Contains(c)).OrderBy(_ => random.Next()).ToList();
        var othersYellow = others.Where(canBeYellow.Contains).ToList();
        var criticals = codes.Where(critical.Contains).OrderBy(_ => random.Next()).ToList();
        switch (profile)
        {
            case DemoProfile.Green:
                // Up to 3 of 29 short of green keeps the green share above 80 %.
                foreach (var code in othersYellow.Take(random.Next(0, 4)))
                {
                    bands[code] = Rating.Yellow;
                }

                break;
            case DemoProfile.Yellow:
                // Either a critical criterion is only yellow, or too many others are: both keep it from green.
                var criticalYellow = criticals.FirstOrDefault(canBeYellow.Contains);
                if (criticalYellow is not null && random.NextDouble() < 0.5)
                {
                    bands[criticalYellow] = Rating.Yellow;
                }

                foreach (var code in othersYellow.Take(random.Next(6, 10)))
                {
                    bands[code] = Rating.Yellow;
                }

                foreach (var code in othersYellow.Skip(10).Take(random.Next(0, 2)))
                {
                    bands[code] = Rating.Red;
                }

                break;
            case DemoProfile.Red:
                bands[criticals.Count > 0 ? criticals[0] : others[0]] = Rating.Red;
                foreach (var code in others.Take(random.Next(6, 12)))
                {
                    bands[code] = random.NextDouble() < 0.4 ? Rating.Red : Rating.Yellow;
                }

                break;
        }

        return bands;
    }
}
