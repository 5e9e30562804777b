using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Web;

[TestFixture]
public sealed class LocalizationTests
{
    [Test]
    public void UiText_EveryKey_HasVietnameseAndEnglish()
    {
        var missing = UiText.Keys.Where(k => string.IsNullOrWhiteSpace(UiText.Get(k, Language.Vi)) || string.IsNullOrWhiteSpace(UiText.Get(k, Language.En)));

        Assert.That(missing, Is.Empty);
    }

    [TestCase("vi-VN")]
    [TestCase("en-GB")]
    public void Rating_EveryStoredValue_HasItsOwnWord(string culture)
    {
        using var _ = new CultureScope(culture);
        var ui = new Ui();

        var words = RatingColour.CriterionValues.Select(ui.Rating).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(words, Is.Unique, "two stored values must never read the same");
            Assert.That(words, Has.None.StartsWith(UiText.MissingMarker));
        }
    }

    [Test]
    public void UiText_EveryImportRunStatus_HasAText()
    {
        // The history page and the import summary show "Import.Status." + the stored status.
        var missing = DashboardKpi.Ingest.Jobs.Storage.Runs.IngestRunStatus.All.Where(s => !UiText.Keys.Contains("Import.Status." + s));

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void UiText_UnknownKey_IsVisiblyMarked() =>
        Assert.That(UiText.Get("No.Such.Key", Language.Vi), Does.StartWith(UiText.MissingMarker));

    [TestCase("vi-VN", 1117, "1.117")]
    [TestCase("en-GB", 1117, "1,117")]
    [TestCase("vi-VN", 1234567.5, "1.234.567,5")]
    public void Number_FormatsPerLanguage(string culture, decimal value, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.That(new Ui().Number(value), Is.EqualTo(expected));
    }

    [TestCase("vi-VN", "42,5%")]
    [TestCase("en-GB", "42.5%")]
    public void Percent_FormatsPerLanguage(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.That(new Ui().Percent(42.5m), Is.EqualTo(expected));
    }

    [TestCase("vi-VN", "tháng 7/2025")]
    [TestCase("en-GB", "July 2025")]
    public void Period_ReadsAsText(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.That(new Ui().Period("2025-07"), Is.EqualTo(expected));
    }

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string culture) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _previous;
    }
}
