using System.Data.Common;

namespace DashboardKpi.Ingest.Jobs.Storage;

/// <summary>
/// One open transaction on one connection, handed to several repository calls that must land together or not at
/// all: an import writes its values and its quarantined rows chunk by chunk, so that no chunk has to hold the
/// whole file, yet a file still lands completely or not at all. Disposing it without <see cref="CommitAsync"/>
/// rolls everything back. On SQLite it holds the database's one write lock until then, so keep it short-lived
/// and make every write of the unit of work through it (a second connection would wait for this one).
/// </summary>
public sealed class StorageTransaction : IAsyncDisposable
{
    private readonly DataVersion _dataVersion;

    private StorageTransaction(DbConnection connection, DbTransaction transaction, DataVersion dataVersion)
    {
        Connection = connection;
        Transaction = transaction;
        _dataVersion = dataVersion;
    }

    internal DbConnection Connection { get; }

    internal DbTransaction Transaction { get; }

    /// <summary>Set by a write that changed what pages show (a value stored or revised): the commit then moves the data-version stamp.</summary>
    internal bool ChangesShownData { get; set; }

    internal static async Task<StorageTransaction> BeginAsync(DbConnectionFactory connections, CancellationToken ct)
    {
        var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        try
        {
            return new StorageTransaction(connection, await connection.BeginTransactionAsync(ct).ConfigureAwait(false), connections.DataVersion);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task CommitAsync(CancellationToken ct) =>
        ChangesShownData ? _dataVersion.CommitAsync(Connection, Transaction, ct) : Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
