using System.Net;
using System.Text;
using DashboardKpi.Scoring.Tests.Web.Support;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>Drafts the rule-file schema refuses: a vi/en reason with its path on every edge, never a server error.</summary>
public sealed partial class RuleVersionsWebTests
{
    private static string WithoutEnglishTitle() => Shipped(r => r["title"]!.AsObject().Remove("en"));

    [TestCase("Validate")]
    [TestCase("Save")]
    [TestCase("Cases")]
    public async Task Edit_DraftTheSchemaRefuses_ListsTheSchemaErrorWithoutAServerError(string handler)
    {
        var draft = await Versions.CreateDraftAsync(null, "analyst1", CancellationToken.None);
        var url = $"/Rules/Edit/{draft.Version}";

        using var response = await DashboardServer.PostFormAsync(_analyst, $"{url}?handler={handler}", new() { ["JsonText"] = WithoutEnglishTitle() }, url);
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(html, Does.Contain("data-path=\"$.title\" data-code=\"schema.required\""));
        Assert.That(html, Does.Contain("Thiếu thuộc tính bắt buộc theo lược đồ: &#x27;en&#x27;.").Or.Contain("Thiếu thuộc tính bắt buộc theo lược đồ: 'en'."));
    }

    [Test]
    public async Task Upload_DraftTheSchemaRefuses_IsKeptAsADraftThatListsTheSchemaError()
    {
        var page = await _analyst.GetStringAsync("/Rules");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(DashboardServer.AntiforgeryToken(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(WithoutEnglishTitle())), "file", "rules.json" },
        };

        using var response = await _analyst.PostAsync("/Rules?handler=Upload", form);
        var edit = await _analyst.GetStringAsync(response.Headers.Location!.ToString());

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(edit, Does.Contain("data-code=\"schema.required\""));
    }
}
