using System.Text;

namespace DashboardKpi.Ingest.Jobs.ReferenceData;

/// <summary>The embedded copies of the shared data files (see Data/README.md), read as UTF-8 text.</summary>
public static class ReferenceDataFiles
{
    public const string Units = "hcmc_units_168.json";
    public const string MergerMapping = "hcmc_merger_mapping.csv";
    public const string Boundaries = "hcmc_units_168.geojson";

    /// <summary>Re-organisations after the 2025 merger, recorded by the city (docs/ingest.md); not from the shared data folder.</summary>
    public const string UnitChanges = "hcmc_unit_changes.json";

    public static string ReadText(string fileName)
    {
        var assembly = typeof(ReferenceDataFiles).Assembly;
        using var stream = assembly.GetManifestResourceStream("ReferenceData/" + fileName)
            ?? throw new InvalidOperationException("Missing embedded reference file " + fileName);
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
