using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Loading;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>A broken rule file must be refused at the right JSON path with a message an analyst can read in both languages.</summary>
public static class RuleErrorAssert
{
    public static void Reported(JsonNode rules, string path, string code)
    {
        var errors = RuleSetReader.Read(rules.ToJsonString()).Errors;

        Assert.That(errors.Select(e => (e.Path, e.Code)), Does.Contain((path, code)));
        Assert.That(errors.First(e => e.Code == code).MessageVi, Is.Not.Empty);
        Assert.That(errors.First(e => e.Code == code).MessageEn, Is.Not.Empty);
    }
}
