using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

public class PathToGreenTests
{
    private static IndicatorValue[] Base(decimal av = 40, decimal dossiers = 700, decimal eResults = 95, decimal overdue = 0, bool ioc = true, TaskProgress task = TaskProgress.Done) =>
    [
        IndicatorValue.Ratio("AV_MACHINES", July2025, av, 40),
        IndicatorValue.Count("ONLINE_DOSSIERS", July2025, dossiers),
        IndicatorValue.Percentage("E_RESULTS", July2025, eResults),
        IndicatorValue.Count("OVERDUE", July2025, overdue),
        IndicatorValue.YesNo("IOC", July2025, ioc),
        IndicatorValue.TaskState("DATA_MIGRATION", July2025, task, task == TaskProgress.Done ? new DateOnly(2025, 7, 1) : null),
    ];

    [Test]
    public void PathToGreen_CriticalRed_IncludesTheCriticalFixWithItsAmount()
    {
        var score = Score(TestRules.Minimal(), Ward(Base(av: 17)));

        Assert.That(score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(score.PathToGreen.Select(s => s.CriterionCode), Is.EqualTo(new[] { "AV" }));
        Assert.That(score.PathToGreen[0].Gap.Missing, Is.EqualTo(21m));
        Assert.That(score.PathToGreen[0].Gap.Action.Vi, Is.EqualTo("Cập nhật diệt virus cho thêm 21 máy tính để đạt mức xanh"));
    }

    [Test]
    public void PathToGreen_ShareShortByOne_PicksTheCheapestCriterion()
    {
        // 4 of 6 green, needs 5 (75 %): E_RESULTS 89 (1.1 % short of 90) is cheaper than dossiers 400 (33 % short of 600).
        var score = Score(TestRules.Minimal(), Ward(Base(dossiers: 400, eResults: 89)));

        Assert.That(score.Overall, Is.EqualTo(Rating.Yellow));
        Assert.That(score.PathToGreen.Select(s => s.CriterionCode), Is.EqualTo(new[] { "ERESULT" }));
        Assert.That(score.PathToGreen[0].Gap.Missing, Is.EqualTo(1m));
    }

    [Test]
    public void PathToGreen_TooManyReds_FixesARedEvenWhenAYellowIsCheaper()
    {
        // Reds: IOC and overdue (K = 2 → red). Yellow: e-results 89 (cheap). Green share 3/6.
        // Fixing one red is required; with 5 green of 6 after two fixes the share (83 %) is met.
        var score = Score(TestRules.Minimal(), Ward(Base(eResults: 89, ioc: false, overdue: 9)));

        Assert.That(score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(score.PathToGreen, Has.Count.EqualTo(2));
        Assert.That(score.PathToGreen.Select(s => s.CriterionCode), Does.Contain("ERESULT"));
        Assert.That(score.PathToGreen.Count(s => s.From == Rating.Red), Is.EqualTo(1));
        Assert.That(Rescored(score), Is.EqualTo(Rating.Green));
    }

    [Test]
    public void PathToGreen_FollowingEveryStep_MakesTheCommuneGreen()
    {
        var score = Score(TestRules.Minimal(), Ward(Base(av: 30, dossiers: 100, eResults: 50, overdue: 3, ioc: false, task: TaskProgress.InProgress)));

        Assert.That(score.Overall, Is.EqualTo(Rating.Red));
        Assert.That(score.PathToGreen, Has.Count.EqualTo(5), "critical AV plus 4 more for 5 of 6 green (75 % needs 4.5)");
        Assert.That(Rescored(score), Is.EqualTo(Rating.Green));
    }

    /// <summary>Applies each step's amount to the values and rates again: the path must really lead to green.</summary>
    private static Rating? Rescored(Scoring.Engine.Evaluation.CommuneScore score)
    {
        var rules = TestRules.Minimal();
        var values = Base().ToDictionary(v => v.IndicatorCode);
        var original = score.Criteria.ToDictionary(c => c.Code);
        foreach (var code in original.Keys.Except(score.PathToGreen.Select(s => s.CriterionCode)))
        {
            var reported = original[code].Value?.Reported;
            if (reported is not null)
            {
                values[reported.IndicatorCode] = reported;
            }
        }

        foreach (var step in score.PathToGreen)
        {
            var reported = original[step.CriterionCode].Value!.Reported;
            values[reported.IndicatorCode] = reported.IndicatorCode switch
            {
                "OVERDUE" => reported with { Number = reported.Number - step.Gap.Missing },
                "IOC" => reported with { Flag = true },
                "DATA_MIGRATION" => reported with { Task = TaskProgress.Done, CompletedOn = new DateOnly(2025, 7, 2) },
                _ => reported with { Number = reported.Number + step.Gap.Missing },
            };
        }

        return Score(rules, Ward([.. values.Values])).Overall;
    }
}
