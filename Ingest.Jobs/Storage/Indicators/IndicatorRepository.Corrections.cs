using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.Indicators;

/// <summary>The current values of one source: the accepted corrections an import checks every reading against.</summary>
public sealed partial class IndicatorRepository
{
    private const string ListForSourceSql = "SELECT " + ValueColumns + " FROM IndicatorValue WHERE Source = @Source";

    public async Task<IReadOnlyList<IndicatorValueRow>> ListForSourceAsync(string source, CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var rows = await connection.QueryAsync<IndicatorValueRow>(new CommandDefinition(ListForSourceSql, new { Source = source }, cancellationToken: ct)).ConfigureAwait(false);
        return rows.AsList();
    }
}
