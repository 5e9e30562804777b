using DashboardKpi.Ingest.Jobs.ReferenceData;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Ingest;

public sealed class UnitChangesCheckTests
{
    private static readonly string[] Founding = ["25750", "25768", "26740"];

    private static Reorganisation Change(string effective, string[] ended, params string[] started) =>
        new(effective, null, ended, started.Select(Unit).ToList());

    private static Commune Unit(string code) => new()
    {
        Code = code, Type = CommuneTypes.Phuong, TypeVi = "Phường", Name = "N" + code, FullName = "Phường N" + code,
        NameEn = "N" + code, FullNameEn = "N" + code + " Ward", CodeName = "n" + code,
    };

    [Test]
    public void Problems_MergerThenSplitOfTheNewUnit_HasNone()
    {
        var changes = new[] { Change("2027-01", ["25750", "25768"], "27999"), Change("2028-01", ["27999"], "28001", "28002") };

        Assert.That(UnitChangesCheck.Problems(changes, Founding), Is.Empty);
    }

    [Test]
    public void Problems_UnknownOrAlreadyEndedUnit_ReusedCodeAndEarlyDate_AreEachNamed()
    {
        var changes = new[]
        {
            Change("2025-06", ["26740"], "27000"),
            Change("2027-01", ["25750", "99999"], "25768"),
            Change("2027-02", ["26740"], "27001"),
        };

        var problems = UnitChangesCheck.Problems(changes, Founding);

        Assert.That(problems, Has.Count.EqualTo(4)
            .And.Some.Contains("after 2025-07")
            .And.Some.Contains("ends 99999")
            .And.Some.Contains("starts 25768")
            .And.Some.Contains("change effective 2027-02: ends 26740"));
    }

    [Test]
    public void DocsExample_OfRecordingAReorganisation_ReadsAndPassesTheCheck()
    {
        var doc = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "docs", "ingest.md"));
        var section = doc[doc.IndexOf("### Recording a re-organisation", StringComparison.Ordinal)..];
        var json = section[(section.IndexOf("```json", StringComparison.Ordinal) + 7)..section.IndexOf("```\n", section.IndexOf("```json", StringComparison.Ordinal) + 7, StringComparison.Ordinal)];
        var founding = CommuneJsonReader.Read(ReferenceDataFiles.ReadText(ReferenceDataFiles.Units)).Select(c => c.Code);

        var changes = UnitChangesJsonReader.Read(json);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(changes.Single().Links().Select(l => (l.OldCode, l.NewCode)), Is.EqualTo(new[] { ("25750", "27999"), ("25768", "27999") }));
            Assert.That(UnitChangesCheck.Problems(changes, founding), Is.Empty);
        }
    }

    [TestCase("2025-01", true, Description = "the 168 stand for earlier periods too (old codes are mapped onto them)")]
    [TestCase("2026-11", true)]
    [TestCase("2026-12", false)]
    public void IsInForce_UnitEndedFrom202612(string period, bool expected)
    {
        var unit = Unit("25750") with { SucceededFrom = new Period(2026, 12) };

        Assert.That((unit.IsInForce(Scoring.Engine.Model.Period.Parse(period)), unit.ValidTo), Is.EqualTo((expected, new Period(2026, 11))));
    }

    [TestCase("2026-11", false)]
    [TestCase("2026-12", true)]
    public void IsInForce_UnitStartedIn202612(string period, bool expected) =>
        Assert.That((Unit("27999") with { ValidFrom = new Period(2026, 12) }).IsInForce(Scoring.Engine.Model.Period.Parse(period)), Is.EqualTo(expected));
}
