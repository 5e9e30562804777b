using PdfSharp.Fonts;

namespace DashboardKpi.Dashboard.Web.Pdf;

/// <summary>
/// Installs the DejaVu font resolver into PDFsharp once per process (PDFsharp keeps it in a static), and says whether
/// PDFs can be drawn: without the fonts the PDF endpoints answer 503 with the reason, never a 500.
/// </summary>
public sealed class PdfFonts
{
    private static readonly Lock Gate = new();
    private static bool? _installed;

    public PdfFonts(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        lock (Gate)
        {
            if (_installed is null)
            {
                var resolver = DejaVuFontResolver.Find(configuration["Pdf:FontDirectory"]);
                if (resolver is not null && GlobalFontSettings.FontResolver is null)
                {
                    GlobalFontSettings.FontResolver = resolver;
                }

                _installed = GlobalFontSettings.FontResolver is not null;
            }
        }
    }

    /// <summary>True when a font resolver is in place, so text can be drawn.</summary>
    public bool Available => _installed == true;
}
