using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Narrative;

/// <summary>
/// Scanned reports and their OCR progress (table ReportScan), in the application database so that whichever node
/// runs the job, every node shows the same progress. A scan is stored with its report in one transaction.
/// </summary>
public sealed class ReportScanRepository(DbConnectionFactory connections)
{
    private const string Columns = "ReportId, Kind, Status, PagesTotal, PagesDone, OcrText, ReasonCode, ReasonVi, ReasonEn, QueuedAt, StartedAt, FinishedAt";

    private const string InsertReportSqlite = """
        INSERT INTO NarrativeReport (Sha256, FileName, UploadedBy, UploadedAt, CommuneCode, Period, Status, Text, Proposals, RulesVersion)
        VALUES (@Sha256, @FileName, @UploadedBy, @UploadedAt, @CommuneCode, @Period, @Status, @Text, @Proposals, @RulesVersion)
        RETURNING Id
        """;

    private const string InsertReportSqlServer = """
        INSERT INTO dbo.NarrativeReport (Sha256, FileName, UploadedBy, UploadedAt, CommuneCode, Period, Status, Text, Proposals, RulesVersion)
        OUTPUT INSERTED.Id
        VALUES (@Sha256, @FileName, @UploadedBy, @UploadedAt, @CommuneCode, @Period, @Status, @Text, @Proposals, @RulesVersion)
        """;

    private const string InsertScanSql = """
        INSERT INTO ReportScan (ReportId, Content, Kind, Status, PagesTotal, PagesDone, QueuedAt)
        VALUES (@ReportId, @Content, @Kind, 'queued', @PagesTotal, 0, @QueuedAt)
        """;

    /// <summary>Stores the report (no text yet) and its scan, queued; returns the report's id.</summary>
    public async Task<long> InsertAsync(NarrativeReport report, byte[] content, string kind, int pages, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertReportSqlite, InsertReportSqlServer), report, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(InsertScanSql,
            new { ReportId = id, Content = content, Kind = kind, PagesTotal = pages, QueuedAt = report.UploadedAt }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return id;
    }

    public async Task<ReportScan?> FindAsync(long reportId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<ReportScan>(new CommandDefinition(
            $"SELECT {Columns} FROM ReportScan WHERE ReportId = @ReportId", new { ReportId = reportId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Scans not read yet (queued, or running when the process stopped).</summary>
    public async Task<IReadOnlyList<long>> ListUnfinishedAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT ReportId FROM ReportScan WHERE Status IN ('queued', 'running') ORDER BY ReportId", cancellationToken: ct)).ConfigureAwait(false)).AsList();
    }

    public async Task<byte[]?> FindContentAsync(long reportId, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
            "SELECT Content FROM ReportScan WHERE ReportId = @ReportId", new { ReportId = reportId }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Starts (or, after a lost run, restarts) the reading: running, no page done. False when it already finished.</summary>
    public async Task<bool> StartAsync(long reportId, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ReportScan SET Status = 'running', PagesDone = 0, StartedAt = @At WHERE ReportId = @ReportId AND Status IN ('queued', 'running')",
            new { ReportId = reportId, At = at }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    public async Task ProgressAsync(long reportId, int pagesDone, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE ReportScan SET PagesDone = @PagesDone WHERE ReportId = @ReportId AND Status = 'running'",
            new { ReportId = reportId, PagesDone = pagesDone }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The outcome: done with the text, or failed with the reason (and whatever text there was, for audit).</summary>
    public async Task FinishAsync(long reportId, string status, string? ocrText, string? code, string? vi, string? en, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE ReportScan SET Status = @Status, OcrText = @OcrText, ReasonCode = @Code, ReasonVi = @Vi, ReasonEn = @En, FinishedAt = @At
            WHERE ReportId = @ReportId
            """,
            new { ReportId = reportId, Status = status, OcrText = ocrText, Code = code, Vi = vi, En = en, At = at }, cancellationToken: ct)).ConfigureAwait(false);
    }
}
