using System.Diagnostics.CodeAnalysis;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// Sorts the rows of one import into readings to store and rows to quarantine, and tallies them for the summary,
/// without keeping either: the caller writes them away chunk by chunk. What it must remember for the whole file is
/// the key of every reading, because a second value for the same key anywhere in the file is quarantined, pointing
/// at the first; <see cref="FirstRows"/> keeps those compactly.
/// </summary>
internal sealed class ValidatedBatch
{
    private readonly FirstRows _firstRows = new();

    // Reason code → count, in order of first appearance, so that ties keep the order a GroupBy over the rows gave.
    private readonly OrderedDictionary<string, int> _reasons = new(StringComparer.Ordinal);

    /// <summary>Accepted corrections by (commune, indicator, period): a reading that disagrees with one is quarantined.</summary>
    public IReadOnlyDictionary<(string Commune, string Indicator, Period Period), IndicatorValueRow> Corrections { get; init; } =
        new Dictionary<(string, string, Period), IndicatorValueRow>();

    public int ReadingCount { get; private set; }

    public int QuarantinedCount { get; private set; }

    public int MappedOldCodes { get; private set; }

    /// <summary>The periods of the readings to store, in order.</summary>
    public IReadOnlyList<Period> Periods => _firstRows.Periods;

    /// <summary>Quarantine counts by reason code, most frequent first.</summary>
    public IReadOnlyList<(string Code, int Count)> QuarantineReasons =>
        _reasons.Select(r => (r.Key, r.Value)).OrderByDescending(r => r.Value).ToList();

    /// <summary>True with the reading to store, or false with the row to quarantine (its reason, or a duplicate key).</summary>
    public bool TryAccept(ValidatedRow row, [NotNullWhen(true)] out IndicatorReading? reading, [NotNullWhen(false)] out QuarantinedRow? quarantined)
    {
        ArgumentNullException.ThrowIfNull(row);
        reading = row.Reading;
        if (reading is null)
        {
            quarantined = Quarantine(row, row.Reason!, Short(row.Raw.CommuneCode), Short(row.Raw.IndicatorCode), Short(row.Raw.Period));
            return false;
        }

        if (reading.Source != Ratings.CommuneInputs.CorrectionSource
            && Corrections.TryGetValue((reading.CommuneCode, reading.IndicatorCode, reading.Period), out var corrected)
            && !reading.HasSameContentAs(corrected))
        {
            quarantined = Quarantine(row, QuarantineReason.Of("value.corrected", reading.IndicatorCode, reading.Period, corrected.RunId, CorrectedText(corrected)),
                reading.CommuneCode, reading.IndicatorCode, reading.Period.ToString());
            reading = null;
            return false;
        }

        if (!_firstRows.TryAdd(reading.CommuneCode, reading.IndicatorCode, reading.Period, row.Raw.RowNumber, out var first))
        {
            quarantined = Quarantine(row, QuarantineReason.Of("row.duplicate", first), reading.CommuneCode, reading.IndicatorCode, reading.Period.ToString());
            reading = null;
            return false;
        }

        ReadingCount++;
        MappedOldCodes += row.Note is null ? 0 : 1;
        quarantined = null;
        return true;
    }

    private QuarantinedRow Quarantine(ValidatedRow row, QuarantineReason reason, string? commune, string? indicator, string? period)
    {
        QuarantinedCount++;
        _reasons[reason.Code] = _reasons.GetValueOrDefault(reason.Code) + 1;
        return new QuarantinedRow
        {
            RowNumber = row.Raw.RowNumber,
            RawContent = row.Raw.RawContent,
            ReasonCode = reason.Code,
            MessageVi = reason.MessageVi,
            MessageEn = reason.MessageEn,
            CommuneCode = commune,
            IndicatorCode = indicator,
            Period = period,
        };
    }

    private static string CorrectedText(IndicatorValueRow v) => v.Part is not null
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{v.Part}/{v.Whole}")
        : v.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? v.TaskStatus ?? (v.Flag is { } flag ? (flag ? "1" : "0") : "–");

    /// <summary>Raw cells go into short key columns only when they fit; the full text stays in RawContent.</summary>
    private static string? Short(string text) => text.Length is > 0 and <= 40 ? text : null;
}
