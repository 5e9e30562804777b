using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Uploads;

/// <summary>
/// Uploaded files waiting for, or done with, their import job (table FileUpload), in the application database so
/// that the node that received a file, the worker that imports it and any node a steward asks all see the same state.
/// </summary>
public sealed class FileUploadRepository(DbConnectionFactory connections)
{
    private const string Columns = "Id, FileName, SizeBytes, UploadedBy, Status, Attempts, Summary, ReasonVi, ReasonEn, QueuedAt, StartedAt, FinishedAt";

    private const string InsertSqlite = """
        INSERT INTO FileUpload (FileName, Content, SizeBytes, UploadedBy, Status, Attempts, QueuedAt)
        VALUES (@FileName, @Content, @SizeBytes, @UploadedBy, 'queued', 0, @QueuedAt)
        RETURNING Id
        """;

    private const string InsertSqlServer = """
        INSERT INTO dbo.FileUpload (FileName, Content, SizeBytes, UploadedBy, Status, Attempts, QueuedAt)
        OUTPUT INSERTED.Id
        VALUES (@FileName, @Content, @SizeBytes, @UploadedBy, 'queued', 0, @QueuedAt)
        """;

    /// <summary>Stores the file, queued; returns its id.</summary>
    public async Task<long> InsertAsync(string fileName, byte[] content, string uploadedBy, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertSqlite, InsertSqlServer),
            new { FileName = fileName, Content = content, SizeBytes = (long)content.Length, UploadedBy = uploadedBy, QueuedAt = at },
            cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<FileUpload?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<FileUpload>(new CommandDefinition(
            $"SELECT {Columns} FROM FileUpload WHERE Id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<byte[]?> FindContentAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<byte[]>(new CommandDefinition(
            "SELECT Content FROM FileUpload WHERE Id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>Uploads not imported yet (queued, or running when the process that ran them stopped).</summary>
    public async Task<IReadOnlyList<long>> ListUnfinishedAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT Id FROM FileUpload WHERE Status IN ('queued', 'running') ORDER BY Id", cancellationToken: ct)).ConfigureAwait(false)).AsList();
    }

    /// <summary>
    /// Starts (or, after a worker died mid-import, starts again) the import: running, one more attempt. False when it
    /// has already finished, so a job that runs twice imports once.
    /// </summary>
    public async Task<bool> StartAsync(long id, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE FileUpload SET Status = 'running', Attempts = Attempts + 1, StartedAt = @At WHERE Id = @Id AND Status IN ('queued', 'running')",
            new { Id = id, At = at }, cancellationToken: ct)).ConfigureAwait(false) == 1;
    }

    /// <summary>
    /// The outcome: done with the import's summary, or failed with the reason. The file's bytes are emptied: the
    /// ledger keeps its hash and the values their revisions, so the database does not keep every upload twice.
    /// </summary>
    public async Task FinishAsync(long id, string status, string? summary, string? vi, string? en, DateTimeOffset at, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE FileUpload SET Status = @Status, Summary = @Summary, ReasonVi = @Vi, ReasonEn = @En, FinishedAt = @At, Content = @Empty
            WHERE Id = @Id
            """,
            new { Id = id, Status = status, Summary = summary, Vi = vi, En = en, At = at, Empty = Array.Empty<byte>() }, cancellationToken: ct)).ConfigureAwait(false);
    }
}
