using DashboardKpi.Ingest.Jobs.Demo;
using DashboardKpi.Ingest.Jobs.ReferenceData;
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
    private static readonly IReadOnlyList<DashboardKpi.Ingest.Jobs.Storage.Communes.Commune> _communes =
        CommuneJsonReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units));

    [Test]
    public void Generate_July2025UnderShippedRules_IsNearTheCitysReported63GreenAnd35Yellow()
    {
        var july = new Period(2025, 7);

        var scores = ScoreDemo(july, july);

        var green = scores.Count(s => s.Overall == Rating.Green) / 168.0;
        var yellow = scores.Count(s => s.Overall == Rating.Yellow) / 168.0;
        var red = scores.Count(s => s.Overall == Rating.Red) / 168.0;
        Assert.That(green, Is.EqualTo(0.63).Within(0.03), $"green {green:P1}, yellow {yellow:P1}, red {red:P1}");
        Assert.That(yellow, Is.EqualTo(0.35).Within(0.03));
        Assert.That(red, Is.GreaterThan(0).And.LessThan(0.05));
        Assert.That(scores.Any(s => s.Overall is null), Is.False);
    }

    [Test]
    public void Generate_LaterPeriods_ImproveTowardsGreen()
    {
        var scores = ScoreDemo(new Period(2025, 7), new Period(2026, 6));

        var julyGreen = scores.Count(s => s.Period == new Period(2025, 7) && s.Overall == Rating.Green);
        var juneGreen = scores.Count(s => s.Period == new Period(2026, 6) && s.Overall == Rating.Green);
        Assert.That(juneGreen, Is.GreaterThan(julyGreen));
    }

    [Test]
    public void Generate_WardsAreAheadOfRuralCommunesOnAverage()
    {
        var july = ScoreDemo(new Period(2025, 7), new Period(2025, 7));
        var types = _communes.ToDictionary(c => c.Code, c => c.Type);

        double GreenShare(string type) => july.Where(s => types[s.CommuneCode] == type).Average(s => s.Overall == Rating.Green ? 1.0 : 0.0);

        Assert.That(GreenShare("phuong"), Is.GreaterThan(GreenShare("xa")));
    }

    [Test]
    public void Generate_SameSeed_SameValues_OtherSeed_OtherValues()
    {
        var july = new Period(2025, 7);

        var first = DemoDataGenerator.Generate(_rules, _communes, july, july).ToList();
        var again = DemoDataGenerator.Generate(_rules, _communes, july, july).ToList();
        var other = DemoDataGenerator.Generate(_rules, _communes, july, july, seed: 7).ToList();

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
        Assert.That(first.All(r => r.Source == "demo"), Is.True);
    }

    [Test]
    public void Generate_EveryValue_PassesIngestValidation()
    {
        var july = new Period(2025, 7);
        var directory = new CommuneDirectory(_communes, []);
        var validator = new IndicatorRowValidator(_rules, directory, new DateOnly(2025, 8, 1));

        var rejected = DemoDataGenerator.Generate(_rules, _communes, july, july)
            .Select(r => validator.Validate(new DashboardKpi.Ingest.Jobs.Reports.RawRow(2, r.CommuneCode, r.Period, r.IndicatorCode, AsTyped(r), ""), "demo"))
            .Where(v => !v.IsValid)
            .Select(v => $"{v.Raw.IndicatorCode}={v.Raw.Value}: {v.Reason!.Code}")
            .ToList();

        Assert.That(rejected, Is.Empty);
    }

    private static List<CommuneScore> ScoreDemo(Period first, Period last)
    {
        var inputs = DemoInputs.For(_rules, first, last);
        return [.. first.Through(last).SelectMany(period => Scorer.ScoreAll(_rules, inputs, period, period.LastDay))];
    }

    /// <summary>The value as a steward would type it, so the demo passes the same checks as real reports.</summary>
    private static string AsTyped(IndicatorReading r) => r switch
    {
        { Part: { } part, Whole: { } whole } => $"{part}/{whole}",
        { Flag: { } flag } => flag ? "có" : "không",
        { TaskStatus: "done" } => $"hoàn thành {r.CompletedOn:dd/MM/yyyy}",
        { TaskStatus: "inProgress" } => "đang thực hiện",
        { TaskStatus: "notStarted" } => "chưa thực hiện",
        _ => r.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
