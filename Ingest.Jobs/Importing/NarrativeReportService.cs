using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Reports.Narrative;
using DashboardKpi.Ingest.Jobs.Reports.Ocr;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Narrative;
using DashboardKpi.Scoring.Engine.Model;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// Narrative reports from upload to import. Upload: the file's text is read, the reader proposes values and the
/// report is stored with them (no value is stored); the same file twice is the same report. Confirm: the values the
/// steward accepted (as edited) go through <see cref="IndicatorImporter"/> like any import, with source "report"
/// and the file's name, so validation, quarantine, revisions, the ledger and the rescore are those of every import.
/// </summary>
public sealed class NarrativeReportService(
    NarrativeReportRepository reports, ReadingRulesRepository readingRules, CommuneRepository communes, IndicatorImporter importer, TimeProvider clock,
    ReportScanRepository scans, OcrTools ocr, IBackgroundJobClient jobs)
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

        var extension = Path.GetExtension(safeName).ToLowerInvariant();
        string? text = null;
        if (!ScanInspector.ImageExtensions.Contains(extension))
        {
            try
            {
                buffer.Position = 0;
                text = ReportTextExtractor.Extract(buffer, safeName);
            }
            catch (ReportFileRejectedException rejected) when (rejected.Code == "report.noTextLayer")
            {
                // A PDF of page images: read by OCR below.
            }
            catch (ReportFileRejectedException rejected)
            {
                return new UploadOutcome(null, false, rejected.MessageVi, rejected.MessageEn);
            }
        }

        var known = (await communes.ListAsync(ct).ConfigureAwait(false)).Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var givenCommune = string.IsNullOrWhiteSpace(communeCode) ? null : communeCode.Trim();
        if (givenCommune is not null && !known.Contains(givenCommune))
        {
            return Refused(IngestText.Both("Report.UnknownUnit", givenCommune));
        }

        Period? givenPeriod = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!Period.TryParse(period.Trim(), out var given))
            {
                return Refused(IngestText.Both("Report.BadPeriod"));
            }

            givenPeriod = given;
        }

        var report = new NarrativeReport
        {
            Sha256 = sha256, FileName = safeName, UploadedBy = userName, UploadedAt = clock.GetUtcNow(), CommuneCode = givenCommune, Period = givenPeriod,
            Status = NarrativeReport.Proposed, Text = "", Proposals = JsonSerializer.Serialize(new StoredReading([], [], null, false, 0, []), Json), RulesVersion = 0,
        };
        if (text is null)
        {
            return await UploadScanAsync(buffer.ToArray(), extension, report, ct).ConfigureAwait(false);
        }

        var read = await ReadAsync(text, givenPeriod is not null, ct).ConfigureAwait(false);
        report = report with
        {
            CommuneCode = givenCommune ?? read.CommuneCode, Period = givenPeriod ?? read.Period, Text = read.Text, Proposals = read.Proposals, RulesVersion = read.RulesVersion,
        };
        var id = await reports.InsertAsync(report, ct).ConfigureAwait(false);
        return new UploadOutcome(report with { Id = id }, false, null, null);
    }

    /// <summary>
    /// A scan: refused at once when this server cannot read scans or the file breaks a limit (pages, pixels, not an
    /// image); else stored with its file, and the OCR job queued. The reading follows when the job has the text.
    /// </summary>
    private async Task<UploadOutcome> UploadScanAsync(byte[] content, string extension, NarrativeReport report, CancellationToken ct)
    {
        var availability = await ocr.CheckAsync(ct).ConfigureAwait(false);
        if (!availability.Available)
        {
            var reason = new LocalizedText(availability.ReasonVi ?? "", availability.ReasonEn ?? "");
            return Refused(IngestText.Both(extension == ".pdf" ? "Report.ScanPdfNeedsOcr" : "Report.ImageNeedsOcr", reason));
        }

        ScanInfo scan;
        try
        {
            scan = ScanInspector.Inspect(content, extension, ocr.Options);
        }
        catch (ReportFileRejectedException rejected)
        {
            return new UploadOutcome(null, false, rejected.MessageVi, rejected.MessageEn);
        }

        var id = await scans.InsertAsync(report, content, scan.Kind.ToString().ToLowerInvariant(), scan.Pages, ct).ConfigureAwait(false);
        jobs.Enqueue<OcrReportJob>(job => job.RunAsync(id, CancellationToken.None));
        return new UploadOutcome(report with { Id = id }, false, null, null);
    }

    /// <summary>The OCR job's text, read like any report's: proposals, and the unit and month from the head where the upload gave none.</summary>
    public async Task CompleteScanAsync(long id, string ocrText, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ocrText);
        if (await reports.FindAsync(id, ct).ConfigureAwait(false) is not { Status: NarrativeReport.Proposed } report)
        {
            return;
        }

        var read = await ReadAsync(ocrText.Normalize(System.Text.NormalizationForm.FormC), report.Period is not null, ct).ConfigureAwait(false);
        await reports.SetReadingAsync(id, read.Text, read.Proposals, read.RulesVersion, read.CommuneCode, read.Period, ct).ConfigureAwait(false);
    }

    private sealed record Read(string Text, string Proposals, int RulesVersion, string? CommuneCode, Period? Period);

    private async Task<Read> ReadAsync(string text, bool periodGiven, CancellationToken ct)
    {
        var reading = NarrativeReader.Read(text, await readingRules.CurrentAsync(ct).ConfigureAwait(false));
        var header = ReportHeader.Detect(reading.Text, await UnitNamesAsync(ct).ConfigureAwait(false));
        var stored = new StoredReading(reading.Proposals, header.CommuneCodes, header.Period, header.PeriodUnsure && !periodGiven, reading.Sections.Count, []);
        return new Read(reading.Text, JsonSerializer.Serialize(stored, Json), reading.RulesVersion, header.CommuneCode,
            Period.TryParse(header.Period, out var headerPeriod) ? headerPeriod : null);
    }

    /// <summary>The scan behind a report, when it was one (status, pages read, reason, OCR text).</summary>
    public Task<ReportScan?> FindScanAsync(long id, CancellationToken ct) => scans.FindAsync(id, ct);

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

        if (await scans.FindAsync(id, ct).ConfigureAwait(false) is { } scan && scan.Status != ReportScan.Done)
        {
            return scan.Status == ReportScan.Failed
                ? NotConfirmed(IngestText.Both("Report.ScanFailed", new LocalizedText(scan.ReasonVi ?? "", scan.ReasonEn ?? "")))
                : NotConfirmed(IngestText.Both("Report.ScanStillReading"));
        }

        if (report.Status == NarrativeReport.Confirmed)
        {
            return NotConfirmed(IngestText.Both("Report.AlreadyConfirmed", report.RunId));
        }

        var commune = string.IsNullOrWhiteSpace(communeCode) ? report.CommuneCode : communeCode.Trim();
        var month = string.IsNullOrWhiteSpace(period) ? report.Period?.ToString() : period.Trim();
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
        await reports.SetWhoAndWhenAsync(id, commune, Period.TryParse(month, out var confirmed) ? confirmed : report.Period, ct).ConfigureAwait(false);
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
