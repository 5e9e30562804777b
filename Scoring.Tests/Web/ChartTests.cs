using System.Text.RegularExpressions;
using DashboardKpi.Dashboard.Web.Charts;
using SkiaSharp;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Web;

[TestFixture]
public sealed partial class ChartTests
{
    private static readonly Dictionary<RatingColour, string> Names = new()
    {
        [RatingColour.Green] = "Xanh", [RatingColour.Yellow] = "Vàng", [RatingColour.Red] = "Đỏ", [RatingColour.NoData] = "Chưa có dữ liệu",
    };

    [Test]
    public void RatingCounts_ThreePeriods_DrawsOneBarPerNonZeroColourWithPaletteFills()
    {
        var periods = new List<RatingCountsChart.PeriodCounts>
        {
            new("7/25", new Dictionary<RatingColour, int> { [RatingColour.Green] = 100, [RatingColour.Yellow] = 60, [RatingColour.Red] = 8 }),
            new("8/25", new Dictionary<RatingColour, int> { [RatingColour.Green] = 120, [RatingColour.Yellow] = 48 }),
            new("9/25", new Dictionary<RatingColour, int> { [RatingColour.Green] = 130, [RatingColour.Yellow] = 30, [RatingColour.Red] = 4, [RatingColour.NoData] = 4 }),
        };

        var svg = RatingCountsChart.Svg(periods, new RatingCountsChart.Labels("Số đơn vị theo kỳ", "Số đơn vị", Names));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(svg, Does.StartWith("<svg").And.Contain("viewBox=\"0 0 640 300\""));
            Assert.That(Fill(svg, RatingPalette.Green), Is.EqualTo(3 + 1), "three bars and a legend swatch");
            Assert.That(Fill(svg, RatingPalette.Yellow), Is.EqualTo(3 + 1));
            Assert.That(Fill(svg, RatingPalette.Red), Is.EqualTo(2 + 1));
            Assert.That(Fill(svg, RatingPalette.NoData), Is.EqualTo(1 + 1));
            Assert.That(TickTexts(svg), Is.SupersetOf(new[] { "7/25", "8/25", "9/25" }), "every period labelled");
            Assert.That(svg, Does.Contain("font-family=\"DejaVu Sans\""));
        }
    }

    [Test]
    public void PeriodTicks_TwelvePeriods_LabelsEveryOtherEndingWithTheNewest()
    {
        var labels = PeriodTicks.Labels([.. Enumerable.Range(1, 12).Select(m => m + "/26")]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(labels.Count(l => l.Length > 0), Is.EqualTo(6));
            Assert.That(labels[^1], Is.EqualTo("12/26"));
            Assert.That(labels[^2], Is.Empty);
        }
    }

    [Test]
    public void ChartFont_VietnameseLabels_HaveEveryGlyph()
    {
        if (!File.Exists(ChartFonts.DejaVuSansPath))
        {
            Assert.Ignore("DejaVu Sans is not installed (apt-get install fonts-dejavu-core; .ci/run does it).");
        }

        using var typeface = SKTypeface.FromFile(ChartFonts.DejaVuSansPath);
        using var font = new SKFont(typeface);
        var labels = string.Concat(Names.Values) + "Số đơn vị xanh / vàng / đỏ theo kỳ Tiêu chí Giá trị theo kỳ Hồ sơ trực tuyến";

        var glyphs = font.GetGlyphs(ChartFonts.Label(labels));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(ChartFonts.IsAvailable, Is.True);
            Assert.That(glyphs.Count(g => g == 0), Is.Zero, "glyph 0 is the missing-glyph box");
        }
    }

    /// <summary>The text content of the SVG's text elements (ScottPlot writes one glyph position per character and the text on its own line).</summary>
    private static List<string> TickTexts(string svg) => TextPattern().Matches(svg).Select(m => m.Groups[1].Value.Trim()).ToList();

    [GeneratedRegex("<text[^>]*>([^<]*)</text>")]
    private static partial Regex TextPattern();

    private static int Fill(string svg, string hex) => FillPattern().Matches(svg).Count(m => string.Equals(m.Groups[1].Value, hex, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("fill=\"(#[0-9A-Fa-f]{6})\"")]
    private static partial Regex FillPattern();
}
