using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Ingest;

public sealed class UnitNotInForceIngestTests
{
    [TestCase("2026-11", null)]
    [TestCase("2026-12", "commune.notInForce")]
    public void Validate_AValueForAUnitEndedFrom202612_IsQuarantinedFromThenNamingItsSuccessor(string period, string? reason)
    {
        var ended = new Commune { Code = "25750", Type = "phuong", TypeVi = "Phường", Name = "Phú Lợi", FullName = "Phường Phú Lợi", NameEn = "Phu Loi", FullNameEn = "Phu Loi Ward", CodeName = "phu_loi", SucceededFrom = new Period(2026, 12) };
        var started = ended with { Code = "27999", ValidFrom = new Period(2026, 12), SucceededFrom = null };
        var link = new UnitChange { EffectivePeriod = new Period(2026, 12), OldCode = "25750", NewCode = "27999" };
        var rules = TestRules.Valid(TestRules.ShippedText());
        var validator = new IndicatorRowValidator(rules, new CommuneDirectory([ended, started], [], [link]), new DateOnly(2027, 1, 15));

        var row = validator.Validate(new RawRow(2, "25750", period, "AV_UPDATED_MACHINES", "17/40", ""), "upload");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(row.Reason?.Code, Is.EqualTo(reason));
            Assert.That(row.Reason?.MessageVi ?? "27999", Does.Contain("27999"));
        }
    }
}
