using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Narrative;

/// <summary>Uploaded narrative reports, found by id or by the file's SHA-256 (the same file twice is one report).</summary>
public sealed class NarrativeReportRepository(DbConnectionFactory connections)
{
    private const string Columns =
        "Id, Sha256, FileName, UploadedBy, UploadedAt, CommuneCode, Period, Status, Text, Proposals, RulesVersion, ConfirmedBy, ConfirmedAt, RunId";

    private const string InsertSqlite = """
        INSERT INTO NarrativeReport (Sha256, FileName, UploadedBy, UploadedAt, CommuneCode, Period, Status, Text, Proposals, RulesVersion)
        VALUES (@Sha256, @FileName, @UploadedBy, @UploadedAt, @CommuneCode, @Period, @Status, @Text, @Proposals, @RulesVersion)
        RETURNING Id
        """;

    private const string InsertSqlServer = """
        INSERT INTO dbo.NarrativeReport (Sha256, FileName, UploadedBy, UploadedAt, CommuneCode, Period, Status, Text, Proposals, RulesVersion)
        OUTPUT INSERTED.Id
        VALUES (@Sha256, @FileName, @UploadedBy, @UploadedAt, @CommuneCode, @Period, @Status, @Text, @Proposals, @RulesVersion)
        """;

    public async Task<long> InsertAsync(NarrativeReport report, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(connections.Dialect.Pick(InsertSqlite, InsertSqlServer), report, cancellationToken: ct))
            .ConfigureAwait(false);
    }

    public async Task<NarrativeReport?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<NarrativeReport>(new CommandDefinition(
            $"SELECT {Columns} FROM NarrativeReport WHERE Id = @Id", new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<NarrativeReport?> FindBySha256Async(string sha256, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<NarrativeReport>(new CommandDefinition(
            $"SELECT {Columns} FROM NarrativeReport WHERE Sha256 = @Sha256", new { Sha256 = sha256 }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The latest reports first.</summary>
    public async Task<IReadOnlyList<NarrativeReport>> ListRecentAsync(int take, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var sql = connections.Dialect.Pick(
            $"SELECT {Columns} FROM NarrativeReport ORDER BY Id DESC LIMIT @Take",
            $"SELECT TOP (@Take) {Columns} FROM dbo.NarrativeReport ORDER BY Id DESC");
        return (await connection.QueryAsync<NarrativeReport>(new CommandDefinition(sql, new { Take = take }, cancellationToken: ct)).ConfigureAwait(false)).ToList();
    }

    /// <summary>The reports for one month (yyyy-MM), oldest first.</summary>
    public async Task<IReadOnlyList<NarrativeReport>> ListForPeriodAsync(Period period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return (await connection.QueryAsync<NarrativeReport>(new CommandDefinition(
            $"SELECT {Columns} FROM NarrativeReport WHERE Period = @Period ORDER BY Id", new { Period = period }, cancellationToken: ct)).ConfigureAwait(false)).ToList();
    }

    /// <summary>A scan's reading once OCR gave its text: the text, the proposals and what the head named, where not chosen at upload.</summary>
    public async Task SetReadingAsync(long id, string text, string proposals, int rulesVersion, string? communeCode, Period? period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE NarrativeReport SET Text = @Text, Proposals = @Proposals, RulesVersion = @RulesVersion,
                CommuneCode = COALESCE(CommuneCode, @CommuneCode), Period = COALESCE(Period, @Period)
            WHERE Id = @Id AND Status = 'proposed'
            """,
            new { Id = id, Text = text, Proposals = proposals, RulesVersion = rulesVersion, CommuneCode = communeCode, Period = period }, cancellationToken: ct)).ConfigureAwait(false);
    }

    /// <summary>The unit and month the steward chose for a report not yet confirmed.</summary>
    public async Task SetWhoAndWhenAsync(long id, string? communeCode, Period? period, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE NarrativeReport SET CommuneCode = @CommuneCode, Period = @Period WHERE Id = @Id AND Status = 'proposed'",
            new { Id = id, CommuneCode = communeCode, Period = period }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task ConfirmAsync(long id, string confirmedBy, DateTimeOffset at, long runId, string proposals, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE NarrativeReport SET Status = 'confirmed', ConfirmedBy = @By, ConfirmedAt = @At, RunId = @RunId, Proposals = @Proposals WHERE Id = @Id",
            new { Id = id, By = confirmedBy, At = at, RunId = runId, Proposals = proposals }, cancellationToken: ct)).ConfigureAwait(false);
    }
}
