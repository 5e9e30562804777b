using DashboardKpi.Dashboard.Web.Localization;
using DashboardKpi.Dashboard.Web.Setup;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;
using Microsoft.Extensions.DependencyInjection;

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

    [Test]
    public void Resources_ViAndEn_HaveExactlyTheSameKeysAndNoEmptyText()
    {
        var vi = UiText.KeysIn(Language.Vi);
        var en = UiText.KeysIn(Language.En);
        var empty = vi.Where(k => string.IsNullOrWhiteSpace(UiText.OwnText(k, Language.Vi))).Select(k => "vi: " + k)
            .Concat(en.Where(k => string.IsNullOrWhiteSpace(UiText.OwnText(k, Language.En))).Select(k => "en: " + k));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(vi, Has.Count.GreaterThan(500), "SharedResource.resx holds the whole interface");
            Assert.That(vi.Except(en), Is.Empty, "keys only in SharedResource.resx (Vietnamese)");
            Assert.That(en.Except(vi), Is.Empty, "keys only in SharedResource.en.resx (English)");
            Assert.That(empty, Is.Empty);
        }
    }

    [Test]
    public void IngestText_ViAndEn_HaveExactlyTheSameKeysAndNoEmptyText()
    {
        var vi = IngestText.KeysIn(Language.Vi);
        var en = IngestText.KeysIn(Language.En);
        var empty = vi.Where(k => string.IsNullOrWhiteSpace(IngestText.OwnText(k, Language.Vi))).Select(k => "vi: " + k)
            .Concat(en.Where(k => string.IsNullOrWhiteSpace(IngestText.OwnText(k, Language.En))).Select(k => "en: " + k));
        var reasonsWithoutText = QuarantineReason.Codes.Where(c => !IngestText.Contains("Quarantine." + c));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(vi, Is.Not.Empty);
            Assert.That(vi.Except(en), Is.Empty, "keys only in IngestText.resx (Vietnamese)");
            Assert.That(en.Except(vi), Is.Empty, "keys only in IngestText.en.resx (English)");
            Assert.That(empty, Is.Empty);
            Assert.That(reasonsWithoutText, Is.Empty);
        }
    }

    [TestCase("vi-VN", "Tổng quan", "Đăng nhập: an")]
    [TestCase("en-GB", "Overview", "Signed in: an")]
    public void Indexer_ReadsTheResxInTheRequestCulture(string culture, string overview, string signedIn)
    {
        using var _ = new CultureScope(culture);
        var ui = RequestUi();

        Assert.That((ui["Nav.Overview"], ui.Format("SignedInAs", "an"), ui["No.Such.Key"]), Is.EqualTo((overview, signedIn, "⟦No.Such.Key⟧")));
    }

    [Test]
    public void In_GivesOneLanguageWhateverTheRequestCulture()
    {
        using var _ = new CultureScope("vi-VN");

        Assert.That((Ui.In(Language.En)["Nav.Overview"], Ui.In(Language.Vi)["Nav.Overview"]), Is.EqualTo(("Overview", "Tổng quan")));
    }

    [TestCase("vi-VN")]
    [TestCase("en-GB")]
    public void Rating_EveryStoredValue_HasItsOwnWord(string culture)
    {
        using var _ = new CultureScope(culture);
        var ui = RequestUi();

        var words = RatingColours.CriterionValues.Select(ui.Rating).ToList();

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

        Assert.That(RequestUi().Number(value), Is.EqualTo(expected));
    }

    [TestCase("vi-VN", "42,5%")]
    [TestCase("en-GB", "42.5%")]
    public void Percent_FormatsPerLanguage(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.That(RequestUi().Percent(42.5m), Is.EqualTo(expected));
    }

    [TestCase("vi-VN", "tháng 7/2025")]
    [TestCase("en-GB", "July 2025")]
    public void Period_ReadsAsText(string culture, string expected)
    {
        using var _ = new CultureScope(culture);

        Assert.That(RequestUi().Period(new DashboardKpi.Scoring.Engine.Model.Period(2025, 7)), Is.EqualTo(expected));
    }

    /// <summary>The Ui the app injects: the .resx files' texts in the current UI culture.</summary>
    private static Ui RequestUi() =>
        new ServiceCollection().AddLogging().AddDashboardLocalization().BuildServiceProvider().GetRequiredService<Ui>();

    private sealed class CultureScope : IDisposable
    {
        private readonly System.Globalization.CultureInfo _previous = System.Globalization.CultureInfo.CurrentUICulture;

        public CultureScope(string culture) => System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo(culture);

        public void Dispose() => System.Globalization.CultureInfo.CurrentUICulture = _previous;
    }
}
