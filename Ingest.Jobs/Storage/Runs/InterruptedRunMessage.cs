using System.Globalization;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Localization;

namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>
/// Why a run is <see cref="IngestRunStatus.Interrupted"/>, in Vietnamese and English, with the time it was noticed
/// (Vietnam time: the history page shows only the start, so the message carries the end).
/// </summary>
public static class InterruptedRunMessage
{
    public static (string Vi, string En) For(DateTimeOffset noticedAt)
    {
        var at = TimeZoneInfo.ConvertTime(noticedAt, VietnamTime.Zone).ToString("HH:mm:ss dd/MM/yyyy", CultureInfo.InvariantCulture);
        var (vi, en) = IngestText.Both("Import.Interrupted", at);
        return (vi, en);
    }

    /// <summary>The message as the ledger stores it: "vi / en", like every run message.</summary>
    public static string Stored(DateTimeOffset noticedAt)
    {
        var (vi, en) = For(noticedAt);
        return $"{vi} / {en}";
    }
}
