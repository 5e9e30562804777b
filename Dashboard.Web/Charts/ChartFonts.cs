using System.Text;

namespace DashboardKpi.Dashboard.Web.Charts;

/// <summary>
/// A font with Vietnamese glyphs for chart text. DejaVu Sans (Debian fonts-dejavu-core, installed by .ci/run) is
/// registered with ScottPlot once; without it ScottPlot falls back to its default and "Vàng" may lose its accent.
/// </summary>
public static class ChartFonts
{
    public const string Family = "DejaVu Sans";
    public const string DejaVuSansPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    private static readonly Lazy<bool> Registered = new(() =>
    {
        if (!File.Exists(DejaVuSansPath))
        {
            return false;
        }

        ScottPlot.Fonts.AddFontFile(Family, DejaVuSansPath);
        return true;
    });

    public static bool IsAvailable => Registered.Value;

    /// <summary>Applies the font to every label of a plot (when installed).</summary>
    public static void Apply(ScottPlot.Plot plot)
    {
        if (IsAvailable)
        {
            plot.Font.Set(Family);
        }
    }

    /// <summary>Chart labels are NFC: ScottPlot's font detection skips multi-code-point clusters.</summary>
    public static string Label(string text) => text.Normalize(NormalizationForm.FormC);
}
