using System.Text.Json.Nodes;
using DashboardKpi.Dashboard.Web.RuleVersions.Form;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Tests.Support;
using static DashboardKpi.Scoring.Tests.Support.Values;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>The form editor's core: form state ↔ JSON, hostile values, error placement, change notes (issue 26).</summary>
public sealed class DraftFormTests
{
    private const string C7Green = "criteria[7].threshold.green";
    private const string C7Yellow = "criteria[7].threshold.yellow";

    private static Func<string, IReadOnlyList<string>?> Posted(IReadOnlyDictionary<string, string> values, params (string Key, string Value)[] edits)
    {
        var all = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        foreach (var (key, value) in edits)
        {
            all[key] = value;
        }

        // As a browser posts them: a unit-type set as one value per box, a flag as its hidden "false" then the box.
        return key => all.TryGetValue(key, out var v) ? (key.EndsWith(".unitTypes", StringComparison.Ordinal) ? ["", .. v.Split(',')] : [v]) : null;
    }

    private static DraftFormState Shipped(out IReadOnlyDictionary<string, string> values)
    {
        var state = DraftFormState.Load(TestRules.ShippedText())!;
        values = state.Values;
        return state;
    }

    [Test]
    public void Apply_EveryValueAsRead_LeavesTheTextExactlyAsItWas_UnknownFieldsIncluded()
    {
        var node = JsonNode.Parse(TestRules.ShippedText())!;
        node["criteria"]![7]!["x-analystMemo"] = "kept";
        node["x-topLevel"] = new JsonObject { ["a"] = 1 };
        node["criteria"]![7]!["missing"]!["withinYear"] = false;
        var text = node.ToJsonString();
        var values = DraftFormState.Load(text)!.Values;

        var state = DraftFormState.Apply(text, null, Posted(values))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(values, Has.Count.GreaterThan(400), "every criterion's fields are in the form");
            Assert.That(values[C7Green], Is.EqualTo("95"));
            Assert.That(values["criteria[7].critical"], Is.EqualTo("true"));
            Assert.That(state.FieldErrors, Is.Empty);
            Assert.That(state.Json, Is.SameAs(text), "nothing changed, so the text is not rewritten");
        }
    }

    [Test]
    public void Apply_ChangedCut_ChangesOnlyThatValue_AsTheSameEditInJsonWould_KeepingUnknownFields()
    {
        var node = JsonNode.Parse(TestRules.ShippedText())!;
        node["criteria"]![7]!["x-analystMemo"] = "kept";
        var text = node.ToJsonString();
        var values = DraftFormState.Load(text)!.Values;

        var state = DraftFormState.Apply(text, null, Posted(values, (C7Green, "99")))!;
        node["criteria"]![7]!["threshold"]!["green"] = 99;
        var byJson = RuleSetReader.Read(node.ToJsonString());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(JsonNode.DeepEquals(JsonNode.Parse(state.Json), node), Is.True);
            Assert.That(JsonNode.Parse(state.Json)!["criteria"]![7]!["x-analystMemo"]!.GetValue<string>(), Is.EqualTo("kept"));
            Assert.That(RuleSetReader.Read(Without(state.Json)).RuleSet!.Sha256, Is.EqualTo(RuleSetReader.Read(Without(node.ToJsonString())).RuleSet!.Sha256));
            Assert.That(byJson.IsValid, Is.False, "the engine refuses the unknown field; the form keeps it all the same");
        }
    }

    [Test]
    public void Apply_ChangedYellowCut_ChangesTheWhatIfCountsAsTheEngineRatesTheSameEdit()
    {
        var current = RuleSetReader.Read(TestRules.ShippedText()).RuleSet!;
        var shipped = Shipped(out var values);
        var form = DraftFormState.Apply(shipped.Json, null, Posted(values, (C7Yellow, "90")))!.Read.RuleSet!;
        var json = JsonNode.Parse(TestRules.ShippedText())!;
        json["criteria"]![7]!["threshold"]!["yellow"] = 90;
        var edited = RuleSetReader.Read(json.ToJsonString()).RuleSet!;
        // 85 % and 88 % are yellow at 80 and red at 90 (C7 is critical: red overall); 97 % stays green for C7.
        CommuneInput[] communes =
        [
            new("A", UnitType.Phuong, [IndicatorValue.Ratio("AV_UPDATED_MACHINES", July2025, 34, 40)]),
            new("B", UnitType.Xa, [IndicatorValue.Ratio("AV_UPDATED_MACHINES", July2025, 44, 50)]),
            new("C", UnitType.Phuong, [IndicatorValue.Ratio("AV_UPDATED_MACHINES", July2025, 97, 100)]),
        ];

        var byForm = WhatIf.Compare(current, form, communes, [July2025]).Single();
        var byJson = WhatIf.Compare(current, edited, communes, [July2025]).Single();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(form.Sha256, Is.EqualTo(edited.Sha256));
            Assert.That(byForm.After, Is.EqualTo(byJson.After));
            Assert.That(byForm.Before.Red, Is.Zero);
            Assert.That(byForm.After.Red, Is.EqualTo(2));
            Assert.That(byForm.Changed.Select(c => c.CommuneCode), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(byForm.Changed.SelectMany(c => c.Criteria).Select(c => c.Code).Distinct(), Is.EqualTo(new[] { "C7" }));
        }
    }

    [TestCase("NaN", "number")]
    [TestCase("abc", "number")]
    [TestCase("1e400", "number")]
    [TestCase("Infinity", "number")]
    [TestCase("99999999999999999999999999999", "tooLarge")]
    [TestCase("12\uFFFD", "characters")]
    public void Apply_HostileNumber_IsAFieldErrorAndTheCutKeepsItsValue(string typed, string code)
    {
        var shipped = Shipped(out var values);

        var state = DraftFormState.Apply(shipped.Json, null, Posted(values, (C7Green, typed)))!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(state.FieldErrors.Select(e => (e.Key, e.Code)), Is.EqualTo(new[] { (C7Green, code) }));
            Assert.That(state.Values[C7Green], Is.EqualTo(typed), "shown as typed beside its error");
            Assert.That(state.Json, Is.SameAs(shipped.Json));
        }
    }

    [Test]
    public void Apply_NegativeOrWrongSideCut_IsTheEnginesErrorPlacedBesideTheField()
    {
        var shipped = Shipped(out var values);

        var negative = DraftFormState.Apply(shipped.Json, null, Posted(values, (C7Green, "-5")))!;
        var wrongSide = DraftFormState.Apply(shipped.Json, null, Posted(values, (C7Yellow, "99")))!;
        var (fields, _, other) = wrongSide.Place(wrongSide.Read.Errors);
        var (negativeFields, _, _) = negative.Place(negative.Read.Errors);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(negativeFields.Keys, Does.Contain(C7Green));
            Assert.That(fields.Keys, Is.EqualTo(new[] { C7Yellow }));
            Assert.That(fields[C7Yellow].Single().Code, Is.EqualTo("threshold.yellowWrongSide"));
            Assert.That(other, Is.Empty);
        }
    }

    [TestCase("criteria[7].critical", "maybe", "choice")]
    [TestCase("criteria[7].missing.strategy", "guess", "choice")]
    [TestCase("criteria[7].missing.periods", "1.5", "whole")]
    [TestCase("criteria[7].effectiveFrom", "2025-13", "month")]
    [TestCase("criteria[7].threshold.reference.date", "31/12/2025", "date")]
    [TestCase("criteria[7].threshold.direction", "sideways", "choice")]
    public void Apply_WrongTypeOrChoice_IsAFieldError(string key, string typed, string code)
    {
        var shipped = Shipped(out var values);

        var state = DraftFormState.Apply(shipped.Json, null, Posted(values, (key, typed)))!;

        Assert.That(state.FieldErrors.Select(e => (e.Key, e.Code)), Is.EqualTo(new[] { (key, code) }));
    }

    [Test]
    public void Apply_CriticalFlagOverrideAndMissingRule_WriteTheirJsonShapes()
    {
        var shipped = Shipped(out var values);
        var c1 = shipped.Layout.Criteria[0];

        var state = DraftFormState.Apply(shipped.Json, null, Posted(values,
            ("criteria[7].critical", "false"), ("criteria[0].critical", "true"),
            ("criteria[7].missing.strategy", "noData"),
            ("criteria[7].threshold.reference.document", "Quyết định 1/QĐ-UBND")))!;
        var json = JsonNode.Parse(state.Json)!;
        DraftOverrides.Add((JsonObject)json, 7);
        var added = DraftFormState.Apply(json.ToJsonString(), null, _ => null)!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(json["aggregation"]!["criticalShare"]!["critical"]!.AsArray().Select(n => n!.GetValue<string>()), Is.EqualTo(new[] { "C8", c1.Code }));
            Assert.That(json["criteria"]![7]!["missing"]!.ToJsonString(), Is.EqualTo("{\"strategy\":\"noData\"}"), "carried periods go with carryForward");
            Assert.That(json["criteria"]![7]!["threshold"]!["reference"]!["document"]!.GetValue<string>(), Is.EqualTo("Quyết định 1/QĐ-UBND"));
            Assert.That(added.Layout.Criteria[7].Overrides, Has.Count.EqualTo(1));
            Assert.That(added.Values["criteria[7].overrides[0].unitTypes"], Is.EqualTo("xa"));
            Assert.That(added.Values["criteria[7].overrides[0].green"], Is.EqualTo("95"));
            Assert.That(DraftChangeNotes.Changed(JsonNode.Parse(shipped.Json)!, JsonNode.Parse(state.Json)!), Is.EqualTo(new[] { c1.Code, "C7" }));
        }
    }

    [Test]
    public void ChangeNotes_WrittenIntoTheChangesBlock_AreReadByTheEngine()
    {
        var node = (JsonObject)JsonNode.Parse(TestRules.ShippedText())!;
        node.Remove("changes");
        node["criteria"]![7]!["threshold"]!["green"] = 99;

        DraftChangeNotes.Write(node, 2, "C7", "Nâng ngưỡng xanh lên 99% theo kết luận của Ban Chỉ đạo.", "Green cut raised to 99%.");
        DraftChangeNotes.Write(node, 2, "C7", "Nâng ngưỡng xanh lên 99%.", "");
        node["version"] = 3;
        var rules = RuleSetReader.Read(node.ToJsonString()).RuleSet!;

        using (Assert.EnterMultipleScope())
        {
            Assert.That(rules.Changes!.From, Is.EqualTo(2));
            Assert.That(rules.Changes.Criteria, Has.Count.EqualTo(1));
            Assert.That(rules.Changes.For("C7")!.Vi, Is.EqualTo("Nâng ngưỡng xanh lên 99%."));
        }
    }

    private static string Without(string json)
    {
        var node = JsonNode.Parse(json)!;
        ((JsonObject)node["criteria"]![7]!).Remove("x-analystMemo");
        return node.ToJsonString();
    }
}
