using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>The golden-case check every rule fixture starts with: the count pins the fixture, so a lost case fails too.</summary>
public static class GoldenCaseAssert
{
    public static void AllPass(RuleSet rules, int expectedCases)
    {
        var results = GoldenCaseRunner.Run(rules);

        Assert.That(results, Has.Count.EqualTo(expectedCases));
        // Name and failures, so a red run says which case broke and why.
        Assert.That(results.Where(r => !r.Passed).Select(r => r.Name + ": " + string.Join("; ", r.Failures.Select(f => f.En))), Is.Empty);
    }
}
