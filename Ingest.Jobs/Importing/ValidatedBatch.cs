using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Ingest.Jobs.Validation;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>The rows of one import sorted into readings to store and rows to quarantine; a second value for the same key in one file is quarantined.</summary>
internal sealed class ValidatedBatch
{
    private readonly Dictionary<(string Commune, string Indicator, string Period), int> _firstRow = [];

    public List<IndicatorReading> Readings { get; } = [];

    public List<QuarantinedRow> Quarantined { get; } = [];

    public int MappedOldCodes { get; private set; }

    public void Add(ValidatedRow row)
    {
        if (row.Reading is { } reading)
        {
            var key = (reading.CommuneCode, reading.IndicatorCode, reading.Period);
            if (_firstRow.TryGetValue(key, out var first))
            {
                Quarantine(row, QuarantineReason.Of("row.duplicate", first), reading.CommuneCode, reading.IndicatorCode, reading.Period);
                return;
            }

            _firstRow[key] = row.Raw.RowNumber;
            Readings.Add(reading);
            MappedOldCodes += row.Note is null ? 0 : 1;
            return;
        }

        Quarantine(row, row.Reason!, Short(row.Raw.CommuneCode), Short(row.Raw.IndicatorCode), Short(row.Raw.Period));
    }

    private void Quarantine(ValidatedRow row, QuarantineReason reason, string? commune, string? indicator, string? period) =>
        Quarantined.Add(new QuarantinedRow
        {
            RowNumber = row.Raw.RowNumber,
            RawContent = row.Raw.RawContent,
            ReasonCode = reason.Code,
            MessageVi = reason.MessageVi,
            MessageEn = reason.MessageEn,
            CommuneCode = commune,
            IndicatorCode = indicator,
            Period = period,
        });

    /// <summary>Raw cells go into short key columns only when they fit; the full text stays in RawContent.</summary>
    private static string? Short(string text) => text.Length is > 0 and <= 40 ? text : null;
}
