using PdfSharp.Fonts;

namespace DashboardKpi.Dashboard.Web.Pdf;

/// <summary>
/// PDFsharp's font resolver for Linux servers, which have no Windows fonts for it to find: every family maps to
/// DejaVu Sans (regular and bold), installed by the fonts-dejavu-core package (<c>.ci/run</c> installs it; the README
/// names it). DejaVu Sans covers Vietnamese (ă, ơ, ư, đ and the stacked tone marks as precomposed glyphs). The folder is
/// <c>Pdf:FontDirectory</c> when set, else the first of the usual places that holds DejaVuSans.ttf.
/// </summary>
public sealed class DejaVuFontResolver : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly string[] Folders =
    [
        "/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF", "/usr/local/share/fonts",
        "/usr/share/fonts/truetype", "/Library/Fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Fonts)),
    ];

    private readonly string _folder;

    private DejaVuFontResolver(string folder) => _folder = folder;

    /// <summary>The resolver for the first folder holding DejaVuSans.ttf, or null (and why) when none does.</summary>
    public static DejaVuFontResolver? Find(string? configuredFolder)
    {
        var candidates = string.IsNullOrWhiteSpace(configuredFolder) ? Folders : [configuredFolder];
        var folder = candidates.FirstOrDefault(f => f.Length > 0 && File.Exists(Path.Combine(f, Regular + ".ttf")));
        return folder is null ? null : new DejaVuFontResolver(folder);
    }

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        isBold && File.Exists(FileOf(Bold))
            ? new FontResolverInfo(Bold)
            : new FontResolverInfo(Regular, isBold, false);

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(FileOf(faceName == Bold ? Bold : Regular));

    private string FileOf(string face) => Path.Combine(_folder, face + ".ttf");
}
