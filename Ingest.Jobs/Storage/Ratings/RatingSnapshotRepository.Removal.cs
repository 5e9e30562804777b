using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>Removing the snapshots of periods whose data was withdrawn (demo data), so none points at values that are gone.</summary>
public sealed partial class RatingSnapshotRepository
{
    private const string DeleteCriteriaForPeriodsSql = """
        DELETE FROM RatingSnapshotCriterion
         WHERE RatingSnapshotId IN (SELECT Id FROM RatingSnapshot WHERE Period = @Period)
        """;

    private const string DeleteStabilityForPeriodsSql = """
        DELETE FROM RatingStability
         WHERE RatingSnapshotId IN (SELECT Id FROM RatingSnapshot WHERE Period = @Period)
        """;

    private const string DeleteSnapshotsForPeriodsSql = "DELETE FROM RatingSnapshot WHERE Period = @Period";

    public async Task<int> DeleteForPeriodsAsync(IReadOnlyList<Period> periods, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            return 0;
        }

        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        await using var tx = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        // One execution per period (Dapper runs the command for each parameter object).
        await connection.ExecuteAsync(new CommandDefinition(DeleteStabilityForPeriodsSql, periods.Select(p => new { Period = p }), tx, cancellationToken: ct)).ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(DeleteCriteriaForPeriodsSql, periods.Select(p => new { Period = p }), tx, cancellationToken: ct)).ConfigureAwait(false);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(DeleteSnapshotsForPeriodsSql, periods.Select(p => new { Period = p }), tx, cancellationToken: ct)).ConfigureAwait(false);
        await connections.DataVersion.CommitAsync(connection, tx, ct).ConfigureAwait(false);
        return deleted;
    }
}
