using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DashboardKpi.Ingest.Jobs.Storage.Rules;
using DashboardKpi.Scoring.Engine.Loading;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>Saving from the form: a change note per changed criterion, stored in the file, shown in the diff and on the Methodology page.</summary>
public sealed partial class FormEditorWebTests
{
    [Test]
    public async Task Save_ChangedCut_AsksForANote_ThenStoresIt_AndTheDiffAndMethodologyShowIt()
    {
        var (version, url, sha) = await NewDraftAsync();
        var inForce = (await Versions.ListAsync(CancellationToken.None)).Where(v => v.Status == RuleSetStatus.Published).Max(v => v.Version);
        const string Note = "Nâng ngưỡng xanh lên 97% theo kết luận họp Ban Chỉ đạo.";

        using var noNote = await DashboardServer.PostFormAsync(_analyst, url + "?handler=Save", new() { [C7Green] = "97" }, url);
        var noNoteHtml = await noNote.Content.ReadAsStringAsync();
        var unchanged = (await Versions.FindAsync(version, CancellationToken.None))!.Sha256;
        using var saved = await DashboardServer.PostFormAsync(_analyst, url + "?handler=Save",
            new() { [C7Green] = "97", ["note.C7.vi"] = Note, ["note.C7.en"] = "Green cut raised to 97%." }, url);
        var stored = (await Versions.FindAsync(version, CancellationToken.None))!;
        var rules = RuleSetReader.Read(stored.JsonText).RuleSet!;
        using var diff = await _analyst.GetAsync($"/api/v1/rules/versions/{version}/diff?against={inForce}");
        var diffJson = await diff.Content.ReadFromJsonAsync<JsonElement>();
        var versionPage = await _analyst.GetStringAsync($"/Rules/Version/{version}?against={inForce}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(noNote.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(noNoteHtml, Does.Contain("cần ghi chú thay đổi cho C7"));
            Assert.That(ErrorText(noNoteHtml, "note-C7-error"), Does.Contain("Hãy ghi thay đổi gì và vì sao"));
            Assert.That(unchanged, Is.EqualTo(sha), "not saved without its note");
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(saved.Headers.Location!.ToString(), Does.StartWith($"/Rules/Form/{version}?saved=true"));
            Assert.That(rules.Criteria.Single(c => c.Code == "C7").Threshold.Green, Is.EqualTo(97m));
            Assert.That(rules.Changes!.From, Is.EqualTo(inForce));
            Assert.That(rules.Changes.Criteria.Select(c => c.Code), Is.EqualTo(new[] { "C7" }), "a new step's notes replace the ones the version in force carried");
            Assert.That(rules.Changes.For("C7")!.Vi, Is.EqualTo(Note));
            Assert.That(diffJson.GetProperty("notes").GetProperty("criteria").EnumerateArray().Select(c => c.GetProperty("code").GetString()), Is.EqualTo(new[] { "C7" }));
            Assert.That(versionPage, Does.Contain(Note));
        }
    }

    [Test]
    public async Task Save_ThenPublish_TheMethodologyPageShowsTheNoteUnderItsCriterion()
    {
        var (version, url, _) = await NewDraftAsync();
        var inForce = (await Versions.ListAsync(CancellationToken.None)).Where(v => v.Status == RuleSetStatus.Published).Max(v => v.Version);
        const string Note = "Cho dùng số liệu máy tính của 3 kỳ trước vì xã báo cáo theo quý.";

        using var saved = await DashboardServer.PostFormAsync(_analyst, url + "?handler=Save",
            new() { ["criteria[7].missing.periods"] = "3", ["note.C7.vi"] = Note }, url);
        var published = await Versions.PublishAsync(version, "admin", republishHistory: true, Scoring.Engine.Model.Period.Parse(July), CancellationToken.None);
        var methodology = await _analyst.GetStringAsync($"/Methodology?period={July}");
        using var api = await _analyst.GetAsync($"/api/v1/methodology?period={July}");
        var c7 = (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("criteria").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "C7");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(saved.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(published.Published, Is.True, published.RefusalEn);
            Assert.That(methodology, Does.Contain(Note));
            Assert.That(methodology, Does.Contain($"Thay đổi so với phiên bản {inForce}"));
            Assert.That(c7.GetProperty("changeNote").GetProperty("from").GetInt32(), Is.EqualTo(inForce));
            Assert.That(c7.GetProperty("changeNote").GetProperty("text").GetProperty("vi").GetString(), Is.EqualTo(Note));
        }
    }

    [Test]
    public async Task Save_DraftChangedElsewhereMeanwhile_IsRefused()
    {
        var (version, url, _) = await NewDraftAsync();
        var page = await _analyst.GetStringAsync(url);
        var draft = (await Versions.FindAsync(version, CancellationToken.None))!;
        await Versions.SaveDraftAsync(version, draft.JsonText.Replace("\"greenSharePercent\": 80", "\"greenSharePercent\": 75", StringComparison.Ordinal), CancellationToken.None);
        var between = (await Versions.FindAsync(version, CancellationToken.None))!.Sha256;
        var baseSha = System.Text.RegularExpressions.Regex.Match(page, "name=\"BaseSha256\" value=\"([0-9a-f]+)\"").Groups[1].Value;

        using var response = await DashboardServer.PostFormAsync(_analyst, url + "?handler=Save",
            new() { ["BaseSha256"] = baseSha, [C7Green] = "97", ["note.C7.vi"] = "Thử" }, url);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(between, Is.Not.EqualTo(draft.Sha256), "the JSON view saved in between");
            Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("bản nháp vừa được sửa ở nơi khác"));
            Assert.That((await Versions.FindAsync(version, CancellationToken.None))!.Sha256, Is.EqualTo(between));
        }
    }
}
