using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DashboardKpi.Ingest.Jobs.Jobs;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Ingest.Jobs.Validation;
using Hangfire;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// The one pipeline every source goes through: ledger by content hash (the same content twice is a no-op), every
/// row validated, valid rows upserted by natural key in one transaction, bad rows quarantined with their reason,
/// the run completed with its summary, and the affected periods queued for rescoring.
/// </summary>
public sealed class IndicatorImporter(
    IndicatorRepository indicators,
    IngestRunRepository runs,
    CommuneRepository communes,
    ActiveRules rules,
    IBackgroundJobClient jobs,
    TimeProvider clock)
{
    public async Task<ImportSummary> ImportFileAsync(string path, string originalFileName, string source, string triggeredBy, CancellationToken ct)
    {
        string sha256;
        await using (var hashed = File.OpenRead(path))
        {
            sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(hashed, ct).ConfigureAwait(false));
        }

        return await ImportAsync(sha256, originalFileName, source, triggeredBy, OpenRows, ct).ConfigureAwait(false);

        IEnumerable<RawRow> OpenRows()
        {
            using var stream = File.OpenRead(path);
            foreach (var row in ReportFileReader.Read(stream, originalFileName))
            {
                yield return row;
            }
        }
    }

    /// <summary>Rows from an API pull or manual entry; the ledger hash is over their content.</summary>
    public Task<ImportSummary> ImportRowsAsync(IEnumerable<RawRow> rows, string source, string? fileName, string triggeredBy, CancellationToken ct)
    {
        var list = rows.ToList();
        var content = string.Join("\n", list.Select(r => $"{r.CommuneCode}\t{r.Period}\t{r.IndicatorCode}\t{r.Value}"));
        return ImportAsync(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), fileName, source, triggeredBy, () => list, ct);
    }

    private async Task<ImportSummary> ImportAsync(
        string sha256, string? fileName, string source, string triggeredBy, Func<IEnumerable<RawRow>> rows, CancellationToken ct)
    {
        var started = clock.GetUtcNow();
        var previous = await runs.FindCompletedBySha256Async(source, sha256, ct).ConfigureAwait(false);
        var runId = await runs.StartAsync(new NewIngestRun { Source = source, FileName = fileName, Sha256 = sha256, TriggeredBy = triggeredBy, StartedAt = started }, ct)
            .ConfigureAwait(false);
        if (previous is not null)
        {
            var vi = string.Create(CultureInfo.InvariantCulture, $"Nội dung này đã được nhập ở lần nhập số {previous.Id}; không thay đổi gì.");
            var en = string.Create(CultureInfo.InvariantCulture, $"This content was already imported in run {previous.Id}; nothing changed.");
            await CompleteAsync(runId, IngestRunStatus.Duplicate, 0, 0, 0, 0, $"{vi} / {en}", ct).ConfigureAwait(false);
            return new ImportSummary(runId, source, fileName, IngestRunStatus.Duplicate, 0, 0, 0, 0, [], vi, en);
        }

        var validator = await CreateValidatorAsync(ct).ConfigureAwait(false);
        ValidatedBatch batch;
        try
        {
            batch = Validate(validator, rows(), source, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Reading touches nothing but the file, so anything it throws is the file's fault: the run fails with a
            // reason the steward can act on, and the file moves to rejected/ instead of failing every run after.
            var rejected = exception as ReportFileRejectedException ?? new ReportFileRejectedException("file.unreadable",
                "Không đọc được nội dung tệp: tệp hỏng hoặc không đúng định dạng.", "The file's content cannot be read: it is damaged or not in the expected format.");
            await CompleteAsync(runId, IngestRunStatus.Failed, 0, 0, 0, 0, $"{rejected.MessageVi} / {rejected.MessageEn}", ct).ConfigureAwait(false);
            return new ImportSummary(runId, source, fileName, IngestRunStatus.Failed, 0, 0, 0, 0, [], rejected.MessageVi, rejected.MessageEn);
        }

        var outcomes = await indicators.UpsertAsync(batch.Readings, runId, clock.GetUtcNow(), ct).ConfigureAwait(false);
        await runs.AddQuarantinedRowsAsync(runId, batch.Quarantined, ct).ConfigureAwait(false);
        var (imported, updated) = (outcomes.Count(o => o == UpsertOutcome.Inserted), outcomes.Count(o => o == UpsertOutcome.Updated));
        var unchanged = outcomes.Count(o => o == UpsertOutcome.Unchanged);
        var periods = batch.Readings.Select(r => r.Period).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await CompleteAsync(runId, IngestRunStatus.Succeeded, imported, updated, unchanged, batch.Quarantined.Count, null, ct).ConfigureAwait(false);
        if (imported + updated > 0)
        {
            jobs.Enqueue<RescoreJob>(job => job.RunAsync(periods, null, CancellationToken.None));
        }

        var (emptyVi, emptyEn) = batch.Readings.Count + batch.Quarantined.Count == 0
            ? ("Tệp không có giá trị nào để nhập (chỉ có dòng tiêu đề hoặc các ô trống).", "The file holds no values to import (only a header or empty cells).")
            : ((string?)null, (string?)null);
        return new ImportSummary(runId, source, fileName, IngestRunStatus.Succeeded, imported, updated, unchanged, batch.Quarantined.Count, periods, emptyVi, emptyEn)
        {
            QuarantineReasons = batch.Quarantined.GroupBy(q => q.ReasonCode).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ToList(),
            MappedOldCodes = batch.MappedOldCodes,
        };
    }

    private async Task<IndicatorRowValidator> CreateValidatorAsync(CancellationToken ct) => new(
        await rules.GetLatestAsync(ct).ConfigureAwait(false),
        await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false),
        VietnamTime.Today(clock));

    /// <summary>A monthly report has some 6,000 values (168 units × ~35 indicators); a file far beyond that is refused whole.</summary>
    public const int MaxValuesPerFile = 250_000;

    private static ValidatedBatch Validate(IndicatorRowValidator validator, IEnumerable<RawRow> rows, string source, CancellationToken ct)
    {
        var batch = new ValidatedBatch();
        var count = 0;
        foreach (var raw in rows)
        {
            ct.ThrowIfCancellationRequested();
            if (++count > MaxValuesPerFile)
            {
                throw new ReportFileRejectedException("file.tooManyRows",
                    string.Create(CultureInfo.InvariantCulture, $"Tệp có hơn {MaxValuesPerFile:N0} giá trị, vượt xa một báo cáo tháng; hãy tách tệp.").Replace(",", ".", StringComparison.Ordinal),
                    string.Create(CultureInfo.InvariantCulture, $"The file has more than {MaxValuesPerFile:N0} values, far beyond a monthly report; split it."));
            }

            batch.Add(validator.Validate(raw, source));
        }

        return batch;
    }

    private Task CompleteAsync(long runId, string status, int imported, int updated, int unchanged, int quarantined, string? message, CancellationToken ct) =>
        runs.CompleteAsync(runId, new IngestRunCompletion
        {
            Status = status,
            FinishedAt = clock.GetUtcNow(),
            ImportedCount = imported,
            UpdatedCount = updated,
            UnchangedCount = unchanged,
            QuarantinedCount = quarantined,
            Message = message,
        }, ct);
}
