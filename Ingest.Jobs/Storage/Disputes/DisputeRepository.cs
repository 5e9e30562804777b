using Dapper;
using DashboardKpi.Ingest.Jobs.Notifications;
using DashboardKpi.Ingest.Jobs.Storage.Users;

namespace DashboardKpi.Ingest.Jobs.Storage.Disputes;

/// <summary>
/// Disputes and their audit entries, written in one transaction each. There is no edit: a dispute is filed, then
/// decided once; the decision matches only an open dispute, so a decided one can never be changed. Both move the
/// data-version stamp: the commune page lists a unit's open disputes (docs/caching.md).
/// </summary>
public sealed class DisputeRepository(DbConnectionFactory connections, AuditLogRepository audit, NotificationWriter notifications)
{
    private const string Columns = """
        Id, CommuneCode, Period, CriterionCode, IndicatorCode, Reason, CorrectedValue, FileName, FileSha256, Status, FiledBy, FiledAt,
        DecidedBy, DecidedAt, DecisionReason, AcceptedValue, CorrectionRunId
        """;

    private const string InsertSqlite = """
        INSERT INTO Dispute (CommuneCode, Period, CriterionCode, IndicatorCode, Reason, CorrectedValue, FileName, FileSha256, FileContent, Status, FiledBy, FiledAt)
        VALUES (@CommuneCode, @Period, @CriterionCode, @IndicatorCode, @Reason, @CorrectedValue, @FileName, @FileSha256, @FileContent, 'open', @FiledBy, @FiledAt)
        RETURNING Id
        """;

    private const string InsertSqlServer = """
        INSERT INTO dbo.Dispute (CommuneCode, Period, CriterionCode, IndicatorCode, Reason, CorrectedValue, FileName, FileSha256, FileContent, Status, FiledBy, FiledAt)
        OUTPUT INSERTED.Id
        VALUES (@CommuneCode, @Period, @CriterionCode, @IndicatorCode, @Reason, @CorrectedValue, @FileName, @FileSha256, @FileContent, 'open', @FiledBy, @FiledAt)
        """;

    public async Task<long> InsertAsync(Dispute dispute, byte[]? fileContent, AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(dispute);
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        var id = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            connections.Dialect.Pick(InsertSqlite, InsertSqlServer),
            new
            {
                dispute.CommuneCode, dispute.Period, dispute.CriterionCode, dispute.IndicatorCode, dispute.Reason, dispute.CorrectedValue,
                dispute.FileName, dispute.FileSha256, FileContent = fileContent, dispute.FiledBy, dispute.FiledAt,
            },
            tx, cancellationToken: ct)).ConfigureAwait(false);
        await audit.AppendAsync(connection, tx, entry with { Subject = Subject(id) }, ct).ConfigureAwait(false);
        await notifications.AddAsync(connection, tx, new NotificationEvent(
            NotificationKinds.DisputeFiled, "dispute-filed:" + Id(id), "/Disputes/Details/" + Id(id), [dispute.CriterionCode, dispute.Period.Slashed, dispute.FiledBy])
        {
            Roles = [UserRoles.Analyst, UserRoles.Steward], CommuneCode = dispute.CommuneCode,
        }, ct).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
        return id;
    }

    private const string DecideSql = """
        UPDATE Dispute
           SET Status = @Status, DecidedBy = @DecidedBy, DecidedAt = @DecidedAt, DecisionReason = @DecisionReason,
               AcceptedValue = @AcceptedValue, CorrectionRunId = @CorrectionRunId
         WHERE Id = @Id AND Status = 'open'
        """;

    /// <summary>Records the decision on an open dispute with its audit entry; false, and nothing written, when it was already decided.</summary>
    public async Task<bool> DecideAsync(Dispute decided, AuditEntry entry, CancellationToken ct)
    {
        await using var transaction = await StorageTransaction.BeginAsync(connections, ct).ConfigureAwait(false);
        if (!await DecideAsync(transaction, decided, entry, ct).ConfigureAwait(false))
        {
            return false;
        }

        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The same inside a caller's transaction: accepting writes the corrected value and the decision in one, so a
    /// failure of either leaves the dispute open and no correction stored.
    /// </summary>
    public async Task<bool> DecideAsync(StorageTransaction transaction, Dispute decided, AuditEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(decided);
        ArgumentNullException.ThrowIfNull(entry);
        var rows = await transaction.Connection.ExecuteAsync(new CommandDefinition(DecideSql, decided, transaction.Transaction, cancellationToken: ct)).ConfigureAwait(false);
        if (rows == 0)
        {
            return false;
        }

        await audit.AppendAsync(transaction.Connection, transaction.Transaction, entry with { Subject = Subject(decided.Id) }, ct).ConfigureAwait(false);
        // The commune page lists open disputes and the bell counts the notice: the commit moves the data-version stamp.
        transaction.ChangesShownData = true;
        await notifications.AddAsync(transaction.Connection, transaction.Transaction, new NotificationEvent(
            NotificationKinds.DisputeDecided, "dispute-decided:" + Id(decided.Id), "/Disputes/Details/" + Id(decided.Id),
            [decided.CriterionCode, decided.Period.Slashed, decided.AcceptedValue ?? "", decided.DecisionReason ?? ""])
        {
            ChairsOf = decided.CommuneCode, CommuneCode = decided.CommuneCode,
            TextVariant = decided.Status == DisputeStatus.Accepted ? "disputeAccepted" : "disputeRejected",
        }, ct).ConfigureAwait(false);
        return true;
    }

    private const string FindSql = "SELECT " + Columns + " FROM Dispute WHERE Id = @Id";

    public async Task<Dispute?> FindAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.QuerySingleOrDefaultAsync<Dispute>(new CommandDefinition(FindSql, new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string FindFileSql = "SELECT FileContent FROM Dispute WHERE Id = @Id";

    public async Task<byte[]?> FindFileAsync(long id, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<byte[]?>(new CommandDefinition(FindFileSql, new { Id = id }, cancellationToken: ct)).ConfigureAwait(false);
    }

    private const string ListSql = "SELECT " + Columns + """
         FROM Dispute
        WHERE (@CommuneCode IS NULL OR CommuneCode = @CommuneCode)
          AND (@Status IS NULL OR Status = @Status)
        ORDER BY Id DESC
        """;

    /// <summary>Disputes of one unit and/or status (null = all), newest first.</summary>
    public async Task<IReadOnlyList<Dispute>> ListAsync(string? communeCode, string? status, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Dispute>(new CommandDefinition(
            ListSql, new { CommuneCode = communeCode, Status = status }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    public static string Subject(long id) => "dispute:" + Id(id);

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

}
