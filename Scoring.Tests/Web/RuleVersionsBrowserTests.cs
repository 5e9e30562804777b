using System.Text.Json.Nodes;
using DashboardKpi.Ingest.Jobs.Storage.Users;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Playwright;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>An analyst preparing a rule change for the steering committee, in a real browser on the demo data.</summary>
[TestFixture]
public sealed class RuleVersionsBrowserTests : BrowserFixture
{
    private protected override async Task OnServerStartedAsync()
    {
        await Server.CreateUserAsync("analyst1", UserRoles.Analyst);
    }

    private static string WithC7(string json, string cut, decimal value)
    {
        var node = JsonNode.Parse(json)!;
        node["criteria"]![7]!["threshold"]![cut] = value;
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    [Test]
    public async Task WhatIf_AnalystDraftsAStricterC7_SeesCountsBeforeAfterAndTheChangesMap()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, "analyst1", "user-password-123");
        await page.GotoAsync("/Rules");
        await Support.Browser.ScreenshotAsync(page, "rules-versions");

        await page.ClickAsync("#new-draft");
        await page.WaitForURLAsync(url => url.Contains("/Rules/Edit/", StringComparison.Ordinal));
        var original = await page.InputValueAsync("#rule-json");
        await page.FillAsync("#rule-json", WithC7(original, "yellow", 99));
        await page.ClickAsync("#validate");
        var errorPaths = await page.Locator("#rule-errors .rule-error").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.path)");
        await Support.Browser.ScreenshotAsync(page, "rules-edit-error", fullPage: false);

        // A stricter green cut for antivirus updates (95 % → 99 %): many green units would turn yellow.
        await page.FillAsync("#rule-json", WithC7(original, "green", 99));
        await page.ClickAsync("#save-draft");
        var saved = await page.InnerTextAsync("#edit-message");
        var editUrl = page.Url;
        await page.ClickAsync("nav.sub-nav a[href^='/Rules/Version/']");
        var diffFields = await page.Locator("#rule-diff tr.diff-line").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.scope + ' ' + r.dataset.field)");
        await Support.Browser.ScreenshotAsync(page, "rules-version-diff", fullPage: false);
        await page.GotoAsync(editUrl);
        await page.ClickAsync("#to-simulate");
        await page.ClickAsync("#run-simulation");
        await page.WaitForSelectorAsync("#simulation-counts");
        var periods = await page.Locator("#simulation-counts tbody tr").CountAsync();
        var greenBefore = await page.Locator("#simulation-counts tbody tr").Last.Locator("td[data-rating=green][data-when=before]").InnerTextAsync();
        var greenAfter = await page.Locator("#simulation-counts tbody tr").Last.Locator("td[data-rating=green][data-when=after]").InnerTextAsync();
        var changedRows = await page.Locator("#changed-communes tr.changed-commune").CountAsync();
        var causes = await page.Locator("#changed-communes li[data-criterion]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.criterion)");
        var shapes = await page.Locator("#commune-map .unit").CountAsync();
        var yellowShapes = await page.Locator("#commune-map .unit[data-rating=yellow]").CountAsync();
        var legend = await page.Locator("#change-legend li").AllInnerTextsAsync();
        await page.HoverAsync("#commune-map .unit[data-rating=yellow] >> nth=0");
        var caption = await page.InnerTextAsync("#map-caption");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(Support.Browser.ScreenshotDirectory, "rules-simulate.png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = 0, Width = 1366, Height = 2000 },
        });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errorPaths, Does.Contain("$.criteria[7].threshold.yellow"));
            Assert.That(saved, Does.Contain("Đã lưu bản nháp"));
            Assert.That(diffFields, Does.Contain("C7 threshold.green"));
            Assert.That(periods, Is.EqualTo(3), "the latest three rated periods by default");
            Assert.That(int.Parse(greenAfter.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture),
                Is.LessThan(int.Parse(greenBefore, System.Globalization.CultureInfo.InvariantCulture)));
            Assert.That(changedRows, Is.GreaterThan(0));
            Assert.That(causes.Distinct(), Is.EqualTo(new[] { "C7" }));
            Assert.That(shapes, Is.EqualTo(168));
            Assert.That(yellowShapes, Is.GreaterThan(0));
            Assert.That(string.Join("|", legend), Does.Contain("Đổi sang Vàng").And.Contain("Không đổi"));
            Assert.That(caption, Does.Contain("Xanh → Vàng (C7)"));
        }

        await page.Context.CloseAsync();
    }

    [Test]
    public async Task Reproduce_OnTheCommunePage_SaysIdentical()
    {
        var page = await Chromium.LoginAsync(Server.BaseAddress, "analyst1", "user-password-123");
        await page.GotoAsync("/Communes/Details/26740");

        await page.ClickAsync("#reproduce-button");
        var verdict = await page.InnerTextAsync("#reproduce-verdict");
        await page.Locator("#reproduce").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Support.Browser.ScreenshotDirectory, "rules-reproduce.png") });

        Assert.That(verdict, Does.Contain("Giống hệt"));
        await page.Context.CloseAsync();
    }
}
