using System.Text.Json.Nodes;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;

namespace DashboardKpi.Scoring.Tests.Engine;

/// <summary>
/// Where every number comes from (basis adopted, reference, rationale, the aggregation's basis and rationale) and the
/// check a rule set must pass before it is published. TestData/Rules/minimal.json: criteria 0 AV, 1 DOSSIERS, 3 LATE are
/// proposed; 2 ERESULT, 4 IOC, 5 MIGRATE official; none of them says more than its `source`.
/// </summary>
public class PublishRequirementsTests
{
    private static readonly JsonNode _reference = JsonNode.Parse("""{ "document": "Quyết định 942/QĐ-TTg", "date": "2021-06-15", "clause": "Điều 1, mục III.2" }""")!;

    private static JsonNode Reference() => _reference.DeepClone();

    private static JsonNode Rationale(string vi = "Một máy chưa cập nhật không làm đơn vị bị đỏ.") =>
        new JsonObject { ["vi"] = vi, ["en"] = "One machine short does not make a unit red." };

    /// <summary>Fills in everything publishing asks for, so each test can take one piece away.</summary>
    private static void Complete(JsonNode rules)
    {
        foreach (var criterion in rules["criteria"]!.AsArray())
        {
            var threshold = criterion!["threshold"]!;
            threshold[threshold["basis"]!.GetValue<string>() == "proposed" ? "rationale" : "reference"] =
                threshold["basis"]!.GetValue<string>() == "proposed" ? Rationale() : Reference();
        }

        var aggregation = rules["aggregation"]!;
        aggregation["basis"] = "proposed";
        aggregation["rationale"] = Rationale("Một tiêu chí trọng yếu đỏ là đủ để đơn vị đỏ.");
        aggregation["criticalShare"]!["criticalRationale"] = Rationale("An toàn thông tin không thể bù bằng tiêu chí khác.");
    }

    private static IReadOnlyList<(string Path, string Code)> Unmet(Action<JsonNode> edit) =>
        [.. PublishRequirements.Check(TestRules.Minimal(edit)).Select(e => (e.Path, e.Code))];

    [Test]
    public void Check_RuleSetWrittenBeforeTheFields_ReadsButNamesEveryMissingBasisAtItsPath()
    {
        var rules = TestRules.Minimal();

        var unmet = PublishRequirements.Check(rules);

        Assert.That(unmet.Select(e => (e.Path, e.Code)), Is.EquivalentTo(new[]
        {
            ("$.criteria[0].threshold.rationale", "publish.rationaleMissing"),
            ("$.criteria[1].threshold.rationale", "publish.rationaleMissing"),
            ("$.criteria[2].threshold.reference", "publish.referenceMissing"),
            ("$.criteria[3].threshold.rationale", "publish.rationaleMissing"),
            ("$.criteria[4].threshold.reference", "publish.referenceMissing"),
            ("$.criteria[5].threshold.reference", "publish.referenceMissing"),
            ("$.aggregation.basis", "publish.aggregationBasisMissing"),
            ("$.aggregation.rationale", "publish.aggregationRationaleMissing"),
            ("$.aggregation.criticalShare.criticalRationale", "publish.criticalRationaleMissing"),
        }));
        Assert.That(unmet.Single(e => e.Path == "$.criteria[2].threshold.reference").MessageVi,
            Is.EqualTo("Ngưỡng có cơ sở 'official' cần nêu văn bản, ngày ban hành và điều khoản (reference: document, date, clause); còn thiếu: document, date, clause."));
    }

    [Test]
    public void Check_EverythingStated_IsEmpty_AndTheFieldsReachTheModel()
    {
        var rules = TestRules.Minimal(Complete);

        var unmet = PublishRequirements.Check(rules);

        var official = rules.FindCriterion("ERESULT")!.Threshold;
        var aggregation = (CriticalShareAggregation)rules.Aggregation;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(unmet, Is.Empty);
            Assert.That(official.Reference, Is.EqualTo(new SourceReference("Quyết định 942/QĐ-TTg", new DateOnly(2021, 6, 15), "Điều 1, mục III.2")));
            Assert.That(rules.FindCriterion("AV")!.Threshold.Rationale!.Vi, Is.EqualTo("Một máy chưa cập nhật không làm đơn vị bị đỏ."));
            Assert.That((aggregation.Basis, aggregation.Rationale!.Vi), Is.EqualTo(((ThresholdBasis?)ThresholdBasis.Proposed, "Một tiêu chí trọng yếu đỏ là đủ để đơn vị đỏ.")));
            Assert.That(aggregation.CriticalRationale!.Vi, Is.EqualTo("An toàn thông tin không thể bù bằng tiêu chí khác."));
        }
    }

    [Test]
    public void Check_AdoptedWithAReferenceWithoutItsClause_NamesTheMissingPart()
    {
        var unmet = PublishRequirements.Check(TestRules.Minimal(r =>
        {
            Complete(r);
            var threshold = r["criteria"]![0]!["threshold"]!;
            threshold["basis"] = "adopted";
            threshold["reference"] = new JsonObject { ["document"] = "Quyết định 1234/QĐ-UBND", ["date"] = "2025-08-01" };
        }));

        Assert.That(unmet.Select(e => (e.Path, e.MessageEn)), Is.EqualTo(new[]
        {
            ("$.criteria[0].threshold.reference", "A threshold with basis 'adopted' needs the document, its date and the clause (reference: document, date, clause); missing: clause."),
        }));
    }

    [Test]
    public void Check_OverrideWithItsOwnBasis_NeedsItsOwnReference_OneWithoutInheritsTheDefault()
    {
        var unmet = Unmet(r =>
        {
            Complete(r);
            // DOSSIERS' override for xã states no basis: it inherits the default's rationale. ERESULT's 2026 override turns official.
            r["criteria"]![2]!["overrides"]![0]!["basis"] = "adopted";
        });

        Assert.That(unmet, Is.EqualTo(new[] { ("$.criteria[2].overrides[0].reference", "publish.referenceMissing") }));
        Assert.That(TestRules.Minimal(Complete).FindCriterion("DOSSIERS")!.Overrides[0].Threshold.Rationale, Is.Not.Null);
    }

    [Test]
    public void Check_ProposedOverrideWithItsRationale_Passes()
    {
        var unmet = Unmet(r =>
        {
            Complete(r);
            var item = r["criteria"]![2]!["overrides"]![0]!;
            item["basis"] = "proposed";
            item["rationale"] = Rationale("Mục tiêu năm 2026 cao hơn năm 2025.");
        });

        Assert.That(unmet, Is.Empty);
    }

    [Test]
    public void Read_ReferenceWithABadDate_IsAValidationError_NotAPublishOne()
    {
        var result = TestRules.ReadEdited(r => r["criteria"]![2]!["threshold"]!["reference"] = new JsonObject { ["document"] = "QĐ 942", ["date"] = "15/06/2021" });

        Assert.That(result.Errors.Select(e => (e.Path, e.Code)), Is.EqualTo(new[] { ("$.criteria[2].threshold.reference.date", "date.invalid") }));
    }

    [Test]
    public void Read_UnknownBasis_ListsAdoptedAmongTheAllowed()
    {
        var result = TestRules.ReadEdited(r => r["aggregation"]!["basis"] = "agreed");

        Assert.That(result.Errors.Single().MessageEn, Is.EqualTo("Value 'agreed' is not allowed; expected one of: official, adopted, proposed."));
    }

    [Test]
    public void Read_ShippedV1_StillReadsWithItsHash_AndTheNewFieldsDoNotChangeAnExistingHash()
    {
        var shipped = ShippedFiles.V1Text();
        var before = TestRules.Valid(shipped);
        var reformatted = JsonNode.Parse(shipped)!.ToJsonString();

        var again = TestRules.Valid(reformatted);

        Assert.That(before.Criteria.All(c => c.Threshold.Reference is null && c.Threshold.Rationale is null), Is.True, "v1 states neither");
        Assert.That(again.Sha256, Is.EqualTo(before.Sha256));
        Assert.That(TestRules.Minimal(Complete).Sha256, Is.Not.EqualTo(TestRules.Minimal().Sha256), "a reference is content: it counts in the hash");
    }

    [Test]
    public void Diff_NamesAChangedReferenceAndTheAggregationBasis()
    {
        var before = TestRules.Minimal(Complete);
        var after = TestRules.Minimal(r =>
        {
            Complete(r);
            r["criteria"]![2]!["threshold"]!["reference"]!["clause"] = "Điều 2";
            r["aggregation"]!["basis"] = "adopted";
        });

        var changes = RuleSetDiff.Compare(before, after);

        Assert.That(changes, Does.Contain(new RuleChange("ERESULT", "threshold.reference", "Quyết định 942/QĐ-TTg, 15/06/2021, Điều 1, mục III.2", "Quyết định 942/QĐ-TTg, 15/06/2021, Điều 2")));
        Assert.That(changes, Does.Contain(new RuleChange("aggregation", "basis", "Proposed", "Adopted")));
    }
}
