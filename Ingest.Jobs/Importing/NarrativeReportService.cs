using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// Narrative reports from upload to import. Upload: the file's text is read, the reader proposes values and the
/// report is stored with them (no value is stored); the same file twice is the same report. Confirm: the values the
/// steward accepted (as edited) go through <see cref="IndicatorImporter"/> like any import, with source "report"
/// and the file's name, so validation, quarantine, revisions, the ledger and the rescore are those of every import.
/// </summary>
public sealed class NarrativeReportService(
    NarrativeReportRepository reports, ReadingRulesRepository readingRules, CommuneRepository communes, IndicatorImporter importer, TimeProvider clock)
{
    public const string Source = "report";

    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public sealed record UploadOutcome(NarrativeReport? Report, bool Duplicate, string? MessageVi, string? MessageEn);

    public sealed record ConfirmOutcome(ImportSummary? Summary, string? MessageVi, string? MessageEn);

    /// <summary>A value the steward accepted, as edited.</summary>
    public sealed record AcceptedValue(string IndicatorCode, string Value);

    public async Task<UploadOutcome> UploadAsync(Stream content, string fileName, string? communeCode, string? period, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var safeName = Path.GetFileName(fileName ?? "report.txt");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct).ConfigureAwait(false);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
        if (await reports.FindBySha256Async(sha256, ct).ConfigureAwait(false) is { } existing)
        {
            var uploaded = IngestText.Both("Report.AlreadyUploaded", existing.Id);
            return new UploadOutcome(existing, true, uploaded.Vi, uploaded.En);
        }

        string text;
        try
        {
            buffer.Position = 0;
            text = ReportTextExtractor.Extract(buffer, safeName);
        }
        catch (ReportFileRejectedException rejected)
        {
            return new UploadOutcome(null, false, rejected.MessageVi, rejected.MessageEn);
        }

        var reading = NarrativeReader.Read(text, await readingRules.CurrentAsync(ct).ConfigureAwait(false));
        var header = ReportHeader.Detect(reading.Text, await UnitNamesAsync(ct).ConfigureAwait(false));
        var known = (await communes.ListAsync(ct).ConfigureAwait(false)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var chosenCommune = string.IsNullOrWhiteSpace(communeCode) ? header.CommuneCode : communeCode.Trim();
        if (chosenCommune is not null && !known.Contains(chosenCommune))
        {
            return Refused(IngestText.Both("Report.UnknownUnit", chosenCommune));
        }

        var chosenPeriod = string.IsNullOrWhiteSpace(period) ? header.Period : period.Trim();
        if (chosenPeriod is not null && !Scoring.Engine.Model.Period.TryParse(chosenPeriod, out _))
        {
            return Refused(IngestText.Both("Report.BadPeriod"));
        }

        var stored = new StoredReading(reading.Proposals, header.CommuneCodes, header.Period, header.PeriodUnsure && string.IsNullOrWhiteSpace(period), reading.Sections.Count, []);
        var report = new NarrativeReport
        {
            Sha256 = sha256, FileName = safeName, UploadedBy = userName, UploadedAt = clock.GetUtcNow(), CommuneCode = chosenCommune, Period = chosenPeriod,
            Status = NarrativeReport.Proposed, Text = reading.Text, Proposals = JsonSerializer.Serialize(stored, Json), RulesVersion = reading.RulesVersion,
        };
        var id = await reports.InsertAsync(report, ct).ConfigureAwait(false);
        return new UploadOutcome(report with { Id = id }, false, null, null);
    }

    public Task<NarrativeReport?> FindAsync(long id, CancellationToken ct) => reports.FindAsync(id, ct);

    public static StoredReading ReadingOf(NarrativeReport report) =>
        JsonSerializer.Deserialize<StoredReading>(report.Proposals, Json) ?? new StoredReading([], [], null, true, 0, []);

    public async Task<ConfirmOutcome> ConfirmAsync(
        long id, IReadOnlyList<AcceptedValue> accepted, string? communeCode, string? period, string userName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var report = await reports.FindAsync(id, ct).ConfigureAwait(false);
        if (report is null)
        {
            return NotConfirmed(IngestText.Both("Report.NoSuchReport"));
        }

        if (report.Status == NarrativeReport.Confirmed)
        {
            return NotConfirmed(IngestText.Both("Report.AlreadyConfirmed", report.RunId));
        }

        var commune = string.IsNullOrWhiteSpace(communeCode) ? report.CommuneCode : communeCode.Trim();
        var month = string.IsNullOrWhiteSpace(period) ? report.Period : period.Trim();
        if (commune is null || month is null)
        {
            return NotConfirmed(IngestText.Both("Report.ChooseUnitAndPeriod"));
        }

        var values = accepted.Where(a => !string.IsNullOrWhiteSpace(a.IndicatorCode) && !string.IsNullOrWhiteSpace(a.Value)).ToList();
        if (values.Count == 0)
        {
            return NotConfirmed(IngestText.Both("Report.NoValueAccepted"));
        }

        var rows = values.Select((v, i) => new RawRow(i + 2, commune, month, v.IndicatorCode.Trim(), v.Value.Trim(),
            string.Join(",", commune, month, v.IndicatorCode.Trim(), v.Value.Trim()))).ToList();
        var summary = await importer.ImportRowsAsync(rows, Source, report.FileName, userName, ct).ConfigureAwait(false);
        var stored = ReadingOf(report) with { Accepted = values };
        await reports.SetWhoAndWhenAsync(id, commune, month, ct).ConfigureAwait(false);
        await reports.ConfirmAsync(id, userName, clock.GetUtcNow(), summary.RunId, JsonSerializer.Serialize(stored, Json), ct).ConfigureAwait(false);
        return new ConfirmOutcome(summary, null, null);
    }

    /// <summary>Current names (and old spellings), and old pre-merger names that went into one unit only.</summary>
    private async Task<IReadOnlyList<UnitName>> UnitNamesAsync(CancellationToken ct)
    {
        var current = await communes.ListAsync(ct).ConfigureAwait(false);
        var mapping = await communes.ListMergerMappingAsync(ct).ConfigureAwait(false);
        var oldNames = mapping.GroupBy(m => m.OldFullName, StringComparer.Ordinal)
            .Where(g => g.Select(m => m.NewCode).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(g => g.Key, g => g.First().NewCode, StringComparer.Ordinal);
        var currentNames = current.Select(c => c.FullName).ToHashSet(StringComparer.Ordinal);
        return current.Select(c => new UnitName(c.Code,
            [c.FullName, .. c.FullNameAlt is null ? Array.Empty<string>() : [c.FullNameAlt],
             .. oldNames.Where(o => o.Value == c.Code && !currentNames.Contains(o.Key)).Select(o => o.Key)])).ToList();
    }

    private static UploadOutcome Refused(LocalizedText reason) => new(null, false, reason.Vi, reason.En);

    private static ConfirmOutcome NotConfirmed(LocalizedText reason) => new(null, reason.Vi, reason.En);
}

/// <summary>What is stored with a report: the proposals, what the head named, and after confirmation what was accepted.</summary>
public sealed record StoredReading(
    IReadOnlyList<ReportProposal> Proposals, IReadOnlyList<string> HeaderCommunes, string? HeaderPeriod, bool PeriodUnsure, int SectionCount,
    IReadOnlyList<NarrativeReportService.AcceptedValue> Accepted);
