using System.Security.Cryptography;
using System.Text;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Reports;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Communes;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Rescoring;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Ingest.Jobs.Telemetry;
using DashboardKpi.Ingest.Jobs.Validation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Ingest.Jobs.Importing;

/// <summary>
/// The one pipeline every source goes through: ledger by content hash (the same content twice is a no-op), every
/// row validated, valid rows upserted by natural key and bad rows quarantined with their reason, both in one
/// transaction (written in chunks, so a large file is never held in memory), the run completed with its summary in
/// that same transaction, and the affected periods queued for rescoring. While it works, the run holds a lease it
/// renews (<see cref="RunLease"/>), so a run whose process dies is marked interrupted instead of looking alive.
/// </summary>
public sealed class IndicatorImporter(
    IndicatorRepository indicators,
    IngestRunRepository runs,
    CommuneRepository communes,
    ActiveRules rules,
    RescoreRequests rescores,
    RunLeases leases,
    DashboardMetrics metrics,
    JobsOptions jobsOptions,
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

    /// <summary>
    /// A correction that lands together with the decision behind it: <paramref name="alsoInTransaction"/> runs in the
    /// import's transaction (with the run id) after the value is written and before the commit. If the value is
    /// quarantined, or the callback returns false or throws, nothing of it is committed and the run is completed as
    /// failed; a duplicate (the same figure already stored as a correction) runs the callback in a transaction of its own.
    /// </summary>
    public Task<ImportSummary> ImportCorrectionAsync(
        RawRow row, string source, string? fileName, string triggeredBy, Func<StorageTransaction, long, CancellationToken, Task<bool>> alsoInTransaction, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        var content = $"{row.CommuneCode}\t{row.Period}\t{row.IndicatorCode}\t{row.Value}";
        return ImportAsync(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))), fileName, source, triggeredBy, () => [row], ct, alsoInTransaction);
    }

    /// <summary>Internal, not private, so that tests can feed rows that take their time (a long import).</summary>
    internal async Task<ImportSummary> ImportAsync(
        string sha256, string? fileName, string source, string triggeredBy, Func<IEnumerable<RawRow>> rows, CancellationToken ct,
        Func<StorageTransaction, long, CancellationToken, Task<bool>>? alsoInTransaction = null)
    {
        var started = clock.GetUtcNow();
        var previous = await runs.FindCompletedBySha256Async(source, sha256, ct).ConfigureAwait(false);
        var runId = await runs.StartAsync(new NewIngestRun
        {
            Source = source, FileName = fileName, Sha256 = sha256, TriggeredBy = triggeredBy, StartedAt = started, LeaseExpiresAt = leases.FirstExpiry(started),
        }, ct).ConfigureAwait(false);
        if (previous is not null)
        {
            var (vi, en) = IngestText.Both("Import.AlreadyImported", previous.Id);
            if (alsoInTransaction is not null && !await AlsoInOwnTransactionAsync(alsoInTransaction, previous.Id, ct).ConfigureAwait(false))
            {
                return await RefusedAsync(runId, source, fileName, ct).ConfigureAwait(false);
            }

            await CompleteAsync(runId, IngestRunStatus.Duplicate, 0, 0, 0, 0, $"{vi} / {en}", ct).ConfigureAwait(false);
            return new ImportSummary(runId, source, fileName, IngestRunStatus.Duplicate, 0, 0, 0, 0, [], vi, en);
        }

        await using var lease = leases.Hold(runId);
        var validator = await CreateValidatorAsync(ct).ConfigureAwait(false);
        var batch = new ValidatedBatch
        {
            Corrections = (await indicators.ListForSourceAsync(CommuneInputs.CorrectionSource, ct).ConfigureAwait(false))
                .ToDictionary(v => (v.CommuneCode, v.IndicatorCode, v.Period)),
        };
        (int Inserted, int Updated, int Unchanged) written;
        try
        {
            written = await WriteAsync(batch, validator, rows, source, runId, alsoInTransaction, ct).ConfigureAwait(false);
        }
        catch (CommitRefusedException)
        {
            return await RefusedAsync(runId, source, fileName, ct).ConfigureAwait(false);
        }
        catch (ReportFileRejectedException rejected)
        {
            // WriteAsync has disposed its transaction uncommitted: every chunk already written is rolled back.
            await CompleteAsync(runId, IngestRunStatus.Failed, 0, 0, 0, 0, $"{rejected.MessageVi} / {rejected.MessageEn}", ct).ConfigureAwait(false);
            return new ImportSummary(runId, source, fileName, IngestRunStatus.Failed, 0, 0, 0, 0, [], rejected.MessageVi, rejected.MessageEn);
        }
        catch (RunLeaseLostException)
        {
            // Another node saw the lease lapse and marked the run interrupted; the data was rolled back, not committed.
            var (interruptedVi, interruptedEn) = InterruptedRunMessage.For(clock.GetUtcNow());
            return new ImportSummary(runId, source, fileName, IngestRunStatus.Interrupted, 0, 0, 0, 0, [], interruptedVi, interruptedEn);
        }
        catch (Exception) when (alsoInTransaction is not null)
        {
            // The transaction was rolled back: the run must not look alive until its lease lapses.
            await RefusedAsync(runId, source, fileName, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        var (imported, updated, unchanged) = written;
        var periods = batch.Periods;
        if (imported + updated > 0)
        {
            await rescores.RequestAsync(periods, RescoreRequester.Import, ct, onlyChanged: jobsOptions.RescoreOnlyChanged).ConfigureAwait(false);
        }

        var empty = batch.ReadingCount + batch.QuarantinedCount == 0 ? IngestText.Both("Import.NoValues") : null;
        var (emptyVi, emptyEn) = (empty?.Vi, empty?.En);
        return new ImportSummary(runId, source, fileName, IngestRunStatus.Succeeded, imported, updated, unchanged, batch.QuarantinedCount, periods, emptyVi, emptyEn)
        {
            QuarantineReasons = batch.QuarantineReasons,
            MappedOldCodes = batch.MappedOldCodes,
        };
    }

    /// <summary>
    /// Validates the rows one at a time and writes them through an <see cref="ImportWriter"/>, chunk by chunk in one
    /// transaction, and completes the run in it; only the commit at the end makes any of it visible.
    /// </summary>
    private async Task<(int Inserted, int Updated, int Unchanged)> WriteAsync(
        ValidatedBatch batch, IndicatorRowValidator validator, Func<IEnumerable<RawRow>> rows, string source, long runId,
        Func<StorageTransaction, long, CancellationToken, Task<bool>>? alsoInTransaction, CancellationToken ct)
    {
        await using var writer = new ImportWriter(indicators, runs, runId, clock.GetUtcNow(), ChunkSize);
        foreach (var row in ValidateEach(validator, rows, source, ct))
        {
            if (batch.TryAccept(row, out var reading, out var quarantined))
            {
                await writer.AddAsync(reading, ct).ConfigureAwait(false);
            }
            else
            {
                await writer.AddAsync(quarantined, ct).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(ct).ConfigureAwait(false);
        if (alsoInTransaction is not null
            && (batch.QuarantinedCount > 0 || !await alsoInTransaction(await writer.TransactionAsync(ct).ConfigureAwait(false), runId, ct).ConfigureAwait(false)))
        {
            throw new CommitRefusedException(); // disposing the writer rolls the value back
        }

        await writer.CommitAsync(Completion(IngestRunStatus.Succeeded, writer.Inserted, writer.Updated, writer.Unchanged, batch.QuarantinedCount, null), ct)
            .ConfigureAwait(false);
        metrics.ImportCommitted(writer.Inserted, writer.Updated, writer.Unchanged, batch.QuarantinedCount);
        return (writer.Inserted, writer.Updated, writer.Unchanged);
    }

    private async Task<IndicatorRowValidator> CreateValidatorAsync(CancellationToken ct) => new(
        await rules.GetLatestAsync(ct).ConfigureAwait(false),
        await CommuneDirectory.LoadAsync(communes, ct).ConfigureAwait(false),
        VietnamTime.Today(clock));

    /// <summary>A monthly report has some 6,000 values (168 units × ~35 indicators); a file far beyond that is refused whole.</summary>
    public const int MaxValuesPerFile = 250_000;

    /// <summary>
    /// Values decided and written at a time (see <see cref="ImportWriter"/>). Internal and settable so that tests can
    /// make a small file span several chunks; production keeps the default.
    /// </summary>
    internal int ChunkSize
    {
        get;
        set => field = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A chunk holds at least one value.");
    } = IndicatorRepository.DefaultChunkSize;

    /// <summary>
    /// Reads and validates the rows one at a time. Reading touches nothing but the file, so anything it throws is the
    /// file's fault: it comes out as a <see cref="ReportFileRejectedException"/>, the run fails with a reason the
    /// steward can act on, and the file moves to rejected/ instead of failing every run after. Storage errors never
    /// pass through here, so they still propagate as themselves.
    /// </summary>
    private static IEnumerable<ValidatedRow> ValidateEach(IndicatorRowValidator validator, Func<IEnumerable<RawRow>> rows, string source, CancellationToken ct)
    {
        using var enumerator = FileFault(() => rows().GetEnumerator());
        for (var count = 1; FileFault(enumerator.MoveNext); count++)
        {
            ct.ThrowIfCancellationRequested();
            if (count > MaxValuesPerFile)
            {
                var message = IngestText.Both("Import.TooManyValues", new LocalizedText(NumberText.Format(MaxValuesPerFile, Language.Vi), NumberText.Format(MaxValuesPerFile, Language.En)));
                throw new ReportFileRejectedException("file.tooManyRows", message.Vi, message.En);
            }

            yield return FileFault(() => validator.Validate(enumerator.Current, source));
        }
    }

    private static T FileFault<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not ReportFileRejectedException)
        {
            var message = IngestText.Both("Import.Unreadable");
            throw new ReportFileRejectedException("file.unreadable", message.Vi, message.En);
        }
    }

    private async Task<bool> AlsoInOwnTransactionAsync(Func<StorageTransaction, long, CancellationToken, Task<bool>> alsoInTransaction, long runId, CancellationToken ct)
    {
        await using var transaction = await indicators.BeginWriteAsync(ct).ConfigureAwait(false);
        if (!await alsoInTransaction(transaction, runId, ct).ConfigureAwait(false))
        {
            return false;
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    private async Task<ImportSummary> RefusedAsync(long runId, string source, string? fileName, CancellationToken ct)
    {
        var (vi, en) = IngestText.Both("Import.CorrectionRefused");
        await CompleteAsync(runId, IngestRunStatus.Failed, 0, 0, 0, 0, $"{vi} / {en}", ct).ConfigureAwait(false);
        return new ImportSummary(runId, source, fileName, IngestRunStatus.Failed, 0, 0, 0, 0, [], vi, en);
    }

    /// <summary>The write that had to land with the data was refused: roll back, do not commit.</summary>
    private sealed class CommitRefusedException : Exception;

    private Task CompleteAsync(long runId, string status, int imported, int updated, int unchanged, int quarantined, string? message, CancellationToken ct) =>
        runs.CompleteAsync(runId, Completion(status, imported, updated, unchanged, quarantined, message), ct);

    private IngestRunCompletion Completion(string status, int imported, int updated, int unchanged, int quarantined, string? message) =>
        new()
        {
            Status = status,
            FinishedAt = clock.GetUtcNow(),
            ImportedCount = imported,
            UpdatedCount = updated,
            UnchangedCount = unchanged,
            QuarantinedCount = quarantined,
            Message = message,
        };
}
