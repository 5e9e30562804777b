namespace DashboardKpi.Scoring.Tests.Architecture;

/// <summary>
/// Page models stay thin (CONVENTIONS section I): bind, call one query or service, return. Logic grows in the feature's
/// service classes, where it can be tested and shared with the API, not in Dashboard.Web/Pages/**/*.cshtml.cs.
/// </summary>
public class ThinPageTests
{
    private const int MaxLines = 60;

    [Test]
    public void PageModels_AreAtMostSixtyLines()
    {
        var over = PageModels().Where(p => p.Lines > MaxLines).Select(p => $"{p.Name}: {p.Lines} lines");

        Assert.That(over, Is.Empty, $"Move the logic into a query or service class in the feature's folder (at most {MaxLines} lines per page model).");
    }

    [Test]
    public void TheCheck_CountsTheLinesOfEveryPageModel()
    {
        // An empty scan (a moved folder) would pass the tests above without looking at anything.
        var pages = PageModels().ToList();

        Assert.That(pages.Select(p => p.Name), Does.Contain("Actions/Details.cshtml.cs").And.Contain("Index.cshtml.cs"));
        Assert.That(pages, Has.Count.GreaterThan(30));
        Assert.That(pages.Single(p => p.Name == "Actions/Details.cshtml.cs").Lines, Is.GreaterThan(10));
    }

    private static IEnumerable<(string Name, int Lines)> PageModels()
    {
        var pages = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "Dashboard.Web", "Pages"));
        return Directory.EnumerateFiles(pages, "*.cshtml.cs", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(pages, f).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllLines(f).Length));
    }
}
