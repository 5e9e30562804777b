using System.Globalization;
using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

public class DemoDataGeneratorTests
{
    private static readonly RuleSet _rules = ShippedRules.Read().RuleSet!;
    private static readonly IReadOnlyList<Commune> _communes = CommuneJsonReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units));
    private static readonly Period _july2025 = new(2025, 7);

    /// <summary>The latest month the README states a distribution for (the current month when it was measured).</summary>
    private static readonly Period _latest = new(2026, 11);

    [TestCase("2025-07")]
    [TestCase("2026-11")]
    public void Generate_UnderShippedRules_GivesTheDistributionTheReadmeStates(string month)
    {
        var period = Period.Parse(month);

        var (green, yellow, red) = Counts(ScoreDemo(_july2025, period).Where(s => s.Period == period).ToList());

        Assert.That(ReadmeDemoDistribution.For(month), Is.EqualTo((green, yellow, red)),
            $"the README's demo distribution for {month}: measured green {green}, yellow {yellow}, red {red}");
    }

    [Test]
    public void Generate_PlausibleCityUnderShippedRules_IsNeitherNearAllRedNorNearAllGreen()
    {
        var scores = ScoreDemo(_july2025, _july2025);

        var (green, yellow, red) = Counts(scores);
        TestContext.Out.WriteLine($"July 2025, 168 units, seed {DemoDataGenerator.DefaultSeed}: green {green}, yellow {yellow}, red {red}");
        Assert.That(scores, Has.Count.EqualTo(168));
        Assert.That(scores.Any(s => s.Overall is null), Is.False, "every unit has a rating");
        Assert.That(new[] { green, yellow, red }.Max(), Is.LessThanOrEqualTo(0.85 * 168), $"no colour above 85 %: green {green}, yellow {yellow}, red {red}");
    }

    [Test]
    public void Generate_LaterPeriods_ImproveTowardsGreen()
    {
        var scores = ScoreDemo(_july2025, _latest);

        var julyGreen = scores.Count(s => s.Period == _july2025 && s.Overall == Rating.Green);
        var latestGreen = scores.Count(s => s.Period == _latest && s.Overall == Rating.Green);
        Assert.That(latestGreen, Is.GreaterThan(julyGreen));
    }

    [Test]
    public void Generate_SameSeed_SameValues_OtherSeed_OtherValues()
    {
        var first = DemoDataGenerator.Generate(_rules, _communes, _july2025, _latest).ToList();
        var again = DemoDataGenerator.Generate(_rules, _communes, _july2025, _latest).ToList();
        var other = DemoDataGenerator.Generate(_rules, _communes, _july2025, _latest, seed: 7).ToList();

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
        Assert.That(first.All(r => r.Source == "demo"), Is.True);
    }

    [Test]
    public void Generate_AUnitsValues_DoNotDependOnWhichMonthsOrOtherUnitsAreAskedFor()
    {
        var all = DemoDataGenerator.Generate(_rules, _communes, _july2025, _latest).Where(r => r.CommuneCode == _communes[5].Code && r.Period == new Period(2025, 10));

        var alone = DemoDataGenerator.Generate(_rules, [_communes[5]], new Period(2025, 10), new Period(2025, 10));

        Assert.That(alone, Is.EqualTo(all));
    }

    [Test]
    public void Generate_EveryReportedIndicatorOfTheShippedRules_AndNoComputedOne()
    {
        var generated = DemoDataGenerator.Generate(_rules, _communes.Take(3).ToList(), _july2025, _july2025).Select(r => r.IndicatorCode).ToHashSet();

        Assert.That(generated, Is.EquivalentTo(_rules.Indicators.Where(i => !i.IsComputed).Select(i => i.Code)));
        Assert.That(_rules.Indicators.Where(i => !i.IsComputed).Where(i => DemoDataGenerator.ReportedIndicators.GetValueOrDefault(i.Code) != i.Kind).Select(i => i.Code), Is.Empty);
    }

    [Test]
    public void Generate_EveryValue_PassesIngestValidation()
    {
        var directory = new CommuneDirectory(_communes, []);
        var validator = new IndicatorRowValidator(_rules, directory, _latest.LastDay.AddDays(1));

        var rejected = DemoDataGenerator.Generate(_rules, _communes, _july2025, _latest)
            .Select(r => validator.Validate(new DashboardKpi.Ingest.Jobs.Reports.RawRow(2, r.CommuneCode, r.Period.ToString(), r.IndicatorCode, AsTyped(r), ""), "demo"))
            .Where(v => !v.IsValid)
            .Select(v => $"{v.Raw.IndicatorCode}={v.Raw.Value}: {v.Reason!.Code}")
            .Distinct()
            .Take(20)
            .ToList();

        Assert.That(rejected, Is.Empty);
    }

    private static List<CommuneScore> ScoreDemo(Period first, Period last)
    {
        var inputs = DemoInputs.For(_rules, first, last);
        return [.. first.Through(last).SelectMany(period => Scorer.ScoreAll(_rules, inputs, period, period.LastDay))];
    }

    private static (int Green, int Yellow, int Red) Counts(IReadOnlyCollection<CommuneScore> scores) =>
        (scores.Count(s => s.Overall == Rating.Green), scores.Count(s => s.Overall == Rating.Yellow), scores.Count(s => s.Overall == Rating.Red));

    /// <summary>The value as a steward would type it, so the demo passes the same checks as real reports.</summary>
    private static string AsTyped(IndicatorReading r) => r switch
    {
        { Part: { } part, Whole: { } whole } => $"{part}/{whole}",
        { Flag: { } flag } => flag ? "có" : "không",
        { TaskStatus: "done" } => $"hoàn thành {r.CompletedOn:dd/MM/yyyy}",
        { TaskStatus: "inProgress" } => "đang thực hiện",
        { TaskStatus: "notStarted" } => "chưa thực hiện",
        _ => r.Value!.Value.ToString(CultureInfo.InvariantCulture),
    };
}
