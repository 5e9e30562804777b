using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Engine;

public class WhatIfTests
{
    private static readonly Period _august = new(2025, 8);

    private static readonly RuleSet _current = TestRules.Minimal();

    // AV's green cut 95 → 97 %, and the wards' dossier target 600 → 700 (communes keep their 300 override).
    private static readonly RuleSet _candidate = TestRules.Minimal(node =>
    {
        node["version"] = 4;
        node["criteria"]![0]!["threshold"]!["green"] = 97;
        node["criteria"]![1]!["threshold"]!["green"] = 700;
    });

    // July: every criterion reported. A (ward) sits exactly on AV's 95 % and just over 600 dossiers; B (commune)
    // is at 100 % with 320 dossiers against its own 300; C (ward) is at 100 % with 650 dossiers; D reported nothing.
    private static readonly IReadOnlyList<CommuneInput> _communes =
    [
        Input("A", UnitType.Phuong, av: 38, dossiers: 620),
        Input("B", UnitType.Xa, av: 40, dossiers: 320),
        Input("C", UnitType.Phuong, av: 40, dossiers: 650),
        new("D", UnitType.Phuong, []),
    ];

    [Test]
    public void Compare_StricterCuts_ListsOnlyCommunesWhoseOverallChanged_WithTheCriteriaBehindIt()
    {
        var july = WhatIf.Compare(_current, _candidate, _communes, [July2025]).Single();

        // A: AV 95 % → yellow (critical, so not green) and 620 < 700 dossiers → yellow: green → yellow overall.
        // C: dossiers 650 → yellow, but 5 of 6 green (83 % ≥ 75 %) and AV still green: stays green, so not listed.
        using (Assert.EnterMultipleScope())
        {
            Assert.That(july.Period, Is.EqualTo(July2025));
            Assert.That(july.Before, Is.EqualTo(new RatingCounts(Green: 3, Yellow: 0, Red: 0, NotRated: 1)));
            Assert.That(july.After, Is.EqualTo(new RatingCounts(Green: 2, Yellow: 1, Red: 0, NotRated: 1)));
            Assert.That(july.Changed, Has.Count.EqualTo(1));
            Assert.That(july.Changed[0].CommuneCode, Is.EqualTo("A"));
            Assert.That((july.Changed[0].Before, july.Changed[0].After), Is.EqualTo(((Rating?)Rating.Green, (Rating?)Rating.Yellow)));
            Assert.That(july.Changed[0].Criteria, Is.EqualTo(new[]
            {
                new CriterionChange("AV", Rating.Green, Rating.Yellow),
                new CriterionChange("DOSSIERS", Rating.Green, Rating.Yellow),
            }));
        }
    }

    [Test]
    public void Compare_SeveralPeriods_OnePerPeriodInOrder_CarriedValuesIncluded()
    {
        var result = WhatIf.Compare(_current, _candidate, _communes, [July2025, _august]);

        // August: AV is carried forward, dossiers are missing (rated red), everything else has no data. AV green
        // and dossiers red is 1 of 2 green (50 % < 75 %): yellow under both rule sets, for A (AV yellow) as well.
        var august = result[1];
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.Select(p => p.Period), Is.EqualTo(new[] { July2025, _august }));
            Assert.That(august.Before, Is.EqualTo(new RatingCounts(0, 3, 0, 1)));
            Assert.That(august.After, Is.EqualTo(new RatingCounts(0, 3, 0, 1)));
            Assert.That(august.Changed, Is.Empty);
        }
    }

    [Test]
    public void Compare_SameRuleSet_ChangesNothing()
    {
        var result = WhatIf.Compare(_current, _current, _communes, [July2025, _august]);

        Assert.That(result.SelectMany(p => p.Changed), Is.Empty);
        Assert.That(result.Select(p => p.After), Is.EqualTo(result.Select(p => p.Before)));
    }

    [Test]
    public void Compare_CandidateWithOtherCriteria_RatesANewOneWithoutDataAsNoData_AndDropsARemovedOne()
    {
        // v2-like: MIGRATE (and its indicator) removed, SKILLS added on an indicator nothing has been reported for.
        var candidate = TestRules.Minimal(node =>
        {
            node["version"] = 4;
            var criteria = node["criteria"]!.AsArray();
            criteria.Remove(criteria.Single(c => c!["code"]!.GetValue<string>() == "MIGRATE"));
            var indicators = node["indicators"]!.AsArray();
            indicators.Remove(indicators.Single(i => i!["code"]!.GetValue<string>() == "DATA_MIGRATION"));
            indicators.Add(System.Text.Json.Nodes.JsonNode.Parse("""{ "code": "SKILLS_SESSIONS", "kind": "count", "name": { "vi": "Buổi tập huấn kỹ năng số" }, "unit": { "vi": "buổi", "en": "sessions" } }"""));
            criteria.Add(System.Text.Json.Nodes.JsonNode.Parse("""
                { "code": "SKILLS", "group": "specific", "name": { "vi": "Phổ cập kỹ năng số" }, "legalReference": { "plan": "KH 02" },
                  "indicator": "SKILLS_SESSIONS", "threshold": { "direction": "higherIsBetter", "green": 2, "yellow": 1, "basis": "proposed", "source": "test" } }
                """));
        });

        var july = WhatIf.Compare(_current, candidate, _communes, [July2025]).Single();
        var rated = Rater.Rate(candidate, _communes[2], July2025, July2025.LastDay);
        var codes = new List<string>();
        foreach (var criterion in rated.Criteria)
        {
            codes.Add(criterion.Code + ":" + (criterion.Rating?.ToString() ?? "none"));
        }

        using (Assert.EnterMultipleScope())
        {
            Assert.That(july.After.Green + july.After.Yellow + july.After.Red + july.After.NotRated, Is.EqualTo(_communes.Count));
            Assert.That(codes, Does.Contain("SKILLS:none"), "nothing stored for the new criterion: no data, not red");
            Assert.That(codes.Where(c => c.StartsWith("MIGRATE", StringComparison.Ordinal)), Is.Empty);
            Assert.That(july.Changed.SelectMany(c => c.Criteria).Where(c => c.Code == "SKILLS").Select(c => c.After), Is.All.Null);
        }
    }

    private static CommuneInput Input(string code, UnitType type, decimal av, decimal dossiers) => new(code, type,
    [
        IndicatorValue.Ratio("AV_MACHINES", July2025, av, 40),
        IndicatorValue.Count("ONLINE_DOSSIERS", July2025, dossiers),
        IndicatorValue.Percentage("E_RESULTS", July2025, 92),
        IndicatorValue.Count("OVERDUE", July2025, 0),
        IndicatorValue.YesNo("IOC", July2025, true),
        IndicatorValue.TaskState("DATA_MIGRATION", July2025, DashboardKpi.Scoring.Engine.Model.TaskProgress.Done, new DateOnly(2025, 7, 1)),
    ]);
}
