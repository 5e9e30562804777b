using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>Questions and removal by source: how the labelled demo data is found and taken away in one admin action.</summary>
public sealed partial class IndicatorRepository
{
    private const string CountSourceSql = "SELECT COUNT(*) FROM IndicatorValue WHERE Source = @Source";

    private const string ListSourcePeriodsSql = "SELECT DISTINCT Period FROM IndicatorValue WHERE Source = @Source ORDER BY Period";

    private const string CountAllValuesSql = "SELECT COUNT(*) FROM IndicatorValue";

    private const string DeleteSourceRevisionsSql = "DELETE FROM IndicatorValueRevision WHERE Source = @Source";

    private const string DeleteSourceValuesSql = "DELETE FROM IndicatorValue WHERE Source = @Source";

    public async Task<long> CountForSourceAsync(string source, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountSourceSql, new { Source = source }, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<long> CountAllAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountAllValuesSql, cancellationToken: ct)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Period>> ListPeriodsForSourceAsync(string source, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Period>(new CommandDefinition(ListSourcePeriodsSql, new { Source = source }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }

    /// <summary>
    /// Removes every value and revision of one source in one transaction. Only for sources that were never real
    /// (demo): for real data the history is the record and is never deleted.
    /// </summary>
    public async Task<int> DeleteSourceAsync(string source, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(DeleteSourceRevisionsSql, new { Source = source }, tx, cancellationToken: ct)).ConfigureAwait(false);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(DeleteSourceValuesSql, new { Source = source }, tx, cancellationToken: ct)).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
        return deleted;
    }
}
