using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// What one import did, DHIS2 style: imported (new), updated (corrected, earlier value kept as a revision),
/// unchanged, quarantined. Status is "succeeded", "duplicate" (same content already imported: nothing done),
/// "failed" (the file could not be read: the messages say why) or "interrupted" (the run's lease lapsed and a node
/// marked it interrupted before it could complete: nothing was stored, the messages say so).
/// </summary>
public sealed record ImportSummary(
    long RunId,
    string Source,
    string? FileName,
    string Status,
    int ImportedCount,
    int UpdatedCount,
    int UnchangedCount,
    int QuarantinedCount,
    IReadOnlyList<Period> Periods,
    string? MessageVi,
    string? MessageEn)
{
    /// <summary>Quarantine counts by reason code, most frequent first.</summary>
    public IReadOnlyList<(string Code, int Count)> QuarantineReasons { get; init; } = [];

    /// <summary>Rows whose old (pre-merger) commune code was mapped to its new unit.</summary>
    public int MappedOldCodes { get; init; }
}
