using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

public class RuleSetValidationTests
{
    [Test]
    public void Read_MinimalFixture_IsValid()
    {
        var result = RuleSetReader.Read(TestRules.MinimalText());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.RuleSet!.Criteria, Has.Count.EqualTo(6));
    }

    [TestCase("{ \"id\": ", TestName = "Truncated JSON")]
    [TestCase("not json at all", TestName = "Plain text")]
    [TestCase("[1, 2, 3]", TestName = "An array instead of an object")]
    [TestCase("{ \"version\": \"three\" }", TestName = "A string where a number belongs")]
    public void Read_MalformedJson_ReturnsErrorWithoutThrowing(string json)
    {
        var result = RuleSetReader.Read(json);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Single().Code, Is.EqualTo("json.malformed"));
        Assert.That(result.Errors[0].MessageVi, Does.StartWith("Tệp quy tắc không phải JSON hợp lệ"));
    }

    [Test]
    public void Read_EmptyText_ReportsEmptyFile()
    {
        Assert.That(RuleSetReader.Read("  ").Errors.Single().Code, Is.EqualTo("json.empty"));
    }

    [Test]
    public void Read_UnknownProperty_IsRejectedSoTyposDoNotPassSilently()
    {
        var result = TestRules.ReadEdited(n => n["criteria"]![0]!["threshhold"] = 5);

        Assert.That(result.Errors.Single().Code, Is.EqualTo("json.malformed"));
        Assert.That(result.Errors[0].MessageEn, Does.Contain("threshhold"));
    }

    [Test]
    public void Read_DuplicateJsonProperty_IsRejected()
    {
        var json = TestRules.MinimalText().Replace("\"version\": 3,", "\"version\": 3, \"version\": 4,", StringComparison.Ordinal);

        Assert.That(RuleSetReader.Read(json).Errors.Single().Code, Is.EqualTo("json.malformed"));
    }

    [Test]
    public void Read_DuplicateCriterionCode_PointsAtTheSecond()
    {
        AssertSingleError(n => n["criteria"]![1]!["code"] = "AV", "$.criteria[1].code", "code.duplicate", "Mã 'AV' bị trùng.");
    }

    [Test]
    public void Read_DuplicateIndicatorCode_IsReported()
    {
        AssertHasError(n => n["indicators"]![1]!["code"] = "AV_MACHINES", "$.indicators[1].code", "code.duplicate");
    }

    [Test]
    public void Read_UnknownIndicatorReference_IsReported()
    {
        AssertSingleError(n => n["criteria"]![0]!["indicator"] = "NO_SUCH", "$.criteria[0].indicator", "indicator.unknown",
            "Chỉ tiêu 'NO_SUCH' chưa được khai báo trong danh sách chỉ tiêu.");
    }

    [Test]
    public void Read_UnknownContextIndicator_IsReported()
    {
        AssertSingleError(n => n["criteria"]![1]!["contextIndicators"] = new JsonArray("NOPE"), "$.criteria[1].contextIndicators[0]", "indicator.unknown");
    }

    [Test]
    public void Read_YellowAboveGreenWhenHigherIsBetter_IsWrongSide()
    {
        AssertSingleError(n => n["criteria"]![0]!["threshold"]!["yellow"] = 97, "$.criteria[0].threshold.yellow", "threshold.yellowWrongSide",
            "Ngưỡng vàng 97 nằm sai phía so với ngưỡng xanh 95 (hướng higherIsBetter).");
    }

    [Test]
    public void Read_YellowBelowGreenWhenLowerIsBetter_IsWrongSide()
    {
        AssertSingleError(n => n["criteria"]![3]!["threshold"]!["green"] = 10, "$.criteria[3].threshold.yellow", "threshold.yellowWrongSide");
    }

    [Test]
    public void Read_MissingVietnameseName_IsReported()
    {
        AssertSingleError(n => n["criteria"]![2]!["name"]!.AsObject().Remove("vi"), "$.criteria[2].name", "name.viMissing");
    }

    [Test]
    public void Read_MissingEnglishName_FallsBackToVietnamese()
    {
        var rules = TestRules.Minimal(n => n["criteria"]![2]!["name"]!.AsObject().Remove("en"));

        Assert.That(rules.Criteria[2].Name.En, Is.EqualTo("Kết quả điện tử"));
    }

    [Test]
    public void Read_EmptyCriticalListUnderCriticalShare_IsReported()
    {
        AssertSingleError(n => n["aggregation"]!["criticalShare"]!["critical"] = new JsonArray(), "$.aggregation.criticalShare.critical", "critical.empty");
    }

    [Test]
    public void Read_UnknownCriticalCode_IsReported()
    {
        AssertSingleError(n => n["aggregation"]!["criticalShare"]!["critical"] = new JsonArray("AV", "C99"), "$.aggregation.criticalShare.critical[1]", "critical.unknown");
    }

    [TestCase(0, "threshold.cutNotPositive")]
    [TestCase(-5, "threshold.cutNotPositive")]
    public void Read_ZeroOrNegativeCutWhenHigherIsBetter_IsReported(int cut, string code)
    {
        AssertHasError(n => n["criteria"]![1]!["threshold"]!["yellow"] = cut, "$.criteria[1].threshold.yellow", code);
    }

    [Test]
    public void Read_NegativeCutWhenLowerIsBetter_IsReported()
    {
        AssertHasError(n => n["criteria"]![3]!["threshold"]!["green"] = -1, "$.criteria[3].threshold.green", "threshold.cutNegative");
    }

    [Test]
    public void Read_PercentCutAbove100_IsReported()
    {
        AssertHasError(n => n["criteria"]![2]!["threshold"]!["green"] = 120, "$.criteria[2].threshold.green", "threshold.cutAbove100");
    }

    [Test]
    public void Read_OverlappingOverrides_AreReported()
    {
        AssertSingleError(
            n => n["criteria"]![1]!["overrides"]!.AsArray().Add(JsonNode.Parse("""{ "unitTypes": ["xa", "phuong"], "fromPeriod": "2025-09", "green": 650 }""")),
            "$.criteria[1].overrides[1]", "override.overlap");
    }

    [Test]
    public void Read_OverridesForDisjointPeriods_AreAccepted()
    {
        var rules = TestRules.Minimal(n =>
        {
            var overrides = n["criteria"]![1]!["overrides"]!.AsArray();
            overrides[0]!["toPeriod"] = "2025-12";
            overrides.Add(JsonNode.Parse("""{ "unitTypes": ["xa"], "fromPeriod": "2026-01", "green": 400 }"""));
        });

        Assert.That(rules.Criteria[1].Overrides, Has.Count.EqualTo(2));
    }

    [Test]
    public void Read_OverrideEndingBeforeItStarts_IsReported()
    {
        AssertHasError(n => n["criteria"]![2]!["overrides"]![0]!["toPeriod"] = "2025-12", "$.criteria[2].overrides[0].fromPeriod", "override.periodOrder");
    }

    [Test]
    public void Read_CriterionValidity_IsMappedToTheCriterion()
    {
        var rules = TestRules.Minimal(n =>
        {
            n["criteria"]![2]!["effectiveFrom"] = "2025-09";
            n["criteria"]![2]!["effectiveTo"] = "2025-12";
        });

        var criterion = rules.FindCriterion("ERESULT")!;
        Assert.That((criterion.EffectiveFrom, criterion.EffectiveTo), Is.EqualTo(((Period?)new Period(2025, 9), (Period?)new Period(2025, 12))));
        Assert.That(rules.FindCriterion("AV")!.EffectiveFrom, Is.Null);
    }

    [TestCase("effectiveFrom", "2026-13")]
    [TestCase("effectiveTo", "2025/12")]
    [TestCase("effectiveTo", "12-2025")]
    public void Read_MalformedCriterionValidity_IsReported(string field, string period)
    {
        var error = AssertSingleError(n => n["criteria"]![2]![field] = period, $"$.criteria[2].{field}", "period.invalid");

        Assert.That(error.MessageVi, Is.EqualTo($"'{period}' không phải kỳ báo cáo hợp lệ (yyyy-MM)."));
        Assert.That(error.MessageEn, Is.EqualTo($"'{period}' is not a valid period (yyyy-MM)."));
    }

    [Test]
    public void Read_CriterionTakingEffectAfterItRetires_IsReported()
    {
        var error = AssertSingleError(n =>
        {
            n["criteria"]![2]!["effectiveFrom"] = "2026-01";
            n["criteria"]![2]!["effectiveTo"] = "2025-12";
        }, "$.criteria[2].effectiveFrom", "validity.periodOrder", "Tiêu chí có hiệu lực từ kỳ 2026-01, sau kỳ cuối cùng còn hiệu lực 2025-12.");

        Assert.That(error.MessageEn, Is.EqualTo("The criterion takes effect in 2026-01, after its last period in force 2025-12."));
    }

    [Test]
    public void Read_CriterionValidForOnePeriod_IsAccepted()
    {
        var rules = TestRules.Minimal(n =>
        {
            n["criteria"]![2]!["effectiveFrom"] = "2025-12";
            n["criteria"]![2]!["effectiveTo"] = "2025-12";
        });

        Assert.That(rules.FindCriterion("ERESULT")!.IsInForce(new Period(2025, 12)), Is.True);
    }

    [Test]
    public void Read_CriterionRetiredBeforeTheRuleSetTakesEffect_IsValid_AndNeverInForce()
    {
        // A version published from a later period keeps the transition tasks it retired, as its history.
        var rules = TestRules.Minimal(n => n["criteria"]![2]!["effectiveTo"] = "2025-06");

        Assert.That(rules.FindCriterion("ERESULT")!.IsInForce(new Period(2025, 7)), Is.False);
    }

    [Test]
    public void Read_ThresholdValidityRangesThatOverlap_AreReported()
    {
        // Overrides with only a period range are thresholds with validity periods; two of them may not share a period.
        var error = AssertSingleError(
            n => n["criteria"]![2]!["overrides"]!.AsArray().Add(JsonNode.Parse("""{ "fromPeriod": "2025-10", "toPeriod": "2026-03", "green": 92 }""")),
            "$.criteria[2].overrides[1]", "override.overlap");

        Assert.That(error.MessageEn, Is.EqualTo("Overrides 0 and 1 both apply to the same unit type in the same period."));
    }

    [Test]
    public void Read_TaskWithoutDeadline_IsReported()
    {
        AssertSingleError(n => n["criteria"]![5]!["threshold"]!.AsObject().Remove("deadline"), "$.criteria[5].threshold.deadline", "threshold.deadlineMissing");
    }

    [Test]
    public void Read_YesNoWithCuts_IsReported()
    {
        AssertSingleError(n => n["criteria"]![4]!["threshold"]!["green"] = 1, "$.criteria[4].threshold", "threshold.cutsNotAllowed");
    }

    [Test]
    public void Read_UnknownPlaceholderInTemplate_IsReported()
    {
        AssertSingleError(n => n["texts"]!["red"]!["en"] = "Red: {valeu}", "$.texts.red.en", "template.unknownPlaceholder");
    }

    [Test]
    public void Read_CarryForwardWithoutPeriods_IsReported()
    {
        AssertSingleError(n => n["criteria"]![0]!["missing"]!.AsObject().Remove("periods"), "$.criteria[0].missing.periods", "missing.periods");
    }

    [Test]
    public void Read_HoldStateOnTaskAndYesNo_IsValid()
    {
        var result = TestRules.ReadEdited(n =>
        {
            n["criteria"]![4]!["missing"] = JsonNode.Parse("""{ "strategy": "holdState" }""");
            n["criteria"]![5]!["missing"] = JsonNode.Parse("""{ "strategy": "holdState" }""");
        });

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.RuleSet!.Criteria[5].Missing.LookBack, Is.EqualTo(36));
    }

    [Test]
    public void Read_HoldStateOnARatio_IsReportedInBothLanguages()
    {
        var error = AssertSingleError(n => n["criteria"]![0]!["missing"] = JsonNode.Parse("""{ "strategy": "holdState" }"""),
            "$.criteria[0].missing.strategy", "missing.holdStateKind",
            "Chiến lược holdState (giữ nguyên trạng thái) chỉ dùng cho chỉ tiêu dạng nhiệm vụ hoặc có/không, không dùng cho chỉ tiêu dạng ratio.");

        Assert.That(error.MessageEn, Is.EqualTo("The holdState strategy applies to task and yes/no indicators only, not to a ratio indicator."));
    }

    [TestCase(1, "count")]
    [TestCase(2, "percentage")]
    public void Read_HoldStateOnOtherMeasurements_IsReported(int criterion, string kind)
    {
        var error = AssertSingleError(n => n["criteria"]![criterion]!["missing"] = JsonNode.Parse("""{ "strategy": "holdState" }"""),
            $"$.criteria[{criterion}].missing.strategy", "missing.holdStateKind");

        Assert.That(error.MessageEn, Does.Contain($"not to a {kind} indicator"));
    }

    [Test]
    public void Read_HoldStateWithPeriods_IsReported()
    {
        AssertSingleError(n => n["criteria"]![5]!["missing"] = JsonNode.Parse("""{ "strategy": "holdState", "periods": 6 }"""),
            "$.criteria[5].missing.periods", "missing.periods");
    }

    [Test]
    public void Read_HeldTemplateWithUnknownPlaceholder_IsReported()
    {
        AssertSingleError(n => n["texts"]!["held"] = JsonNode.Parse("""{ "vi": "(Kỳ {valuePeriod}.)", "en": "(As of {period}.)" }"""),
            "$.texts.held.en", "template.unknownPlaceholder");
    }

    [Test]
    public void Read_HeldTemplateWithoutVietnamese_IsReported()
    {
        AssertSingleError(n => n["texts"]!["held"] = JsonNode.Parse("""{ "en": "(Held from {valuePeriod}.)" }"""), "$.texts.held", "name.viMissing");
    }

    [Test]
    public void Read_UnknownEnumValue_ListsTheAllowedOnes()
    {
        var error = AssertSingleError(n => n["boundary"] = "sometimes", "$.boundary", "enum.invalid");

        Assert.That(error.MessageEn, Is.EqualTo("Value 'sometimes' is not allowed; expected one of: inclusive, exclusive."));
    }

    [Test]
    public void Read_SeveralProblems_ReportsThemAll()
    {
        var result = TestRules.ReadEdited(n =>
        {
            n["version"] = 0;
            n["effectiveFrom"] = "2025-13";
            n["criteria"]![0]!["indicator"] = "NOPE";
        });

        Assert.That(result.Errors.Select(e => e.Path), Is.SupersetOf(new[] { "$.version", "$.effectiveFrom", "$.criteria[0].indicator" }));
    }

    [Test]
    public void Read_EveryErrorCode_HasMessagesInBothLanguages()
    {
        foreach (var code in ErrorMessages.Codes)
        {
            var error = ErrorMessages.Create("$", code, "a", "b", "c");
            Assert.That(error.MessageVi, Is.Not.Empty.And.Not.EqualTo(error.MessageEn), code);
        }
    }

    private static RuleSetError AssertSingleError(Action<JsonNode> edit, string path, string code, string? messageVi = null)
    {
        var result = TestRules.ReadEdited(edit);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Is.EqualTo(new[] { (path, code) }));
        if (messageVi is not null)
        {
            Assert.That(result.Errors[0].MessageVi, Is.EqualTo(messageVi));
        }

        return result.Errors[0];
    }

    private static void AssertHasError(Action<JsonNode> edit, string path, string code)
    {
        var result = TestRules.ReadEdited(edit);

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Does.Contain((path, code)));
    }
}
