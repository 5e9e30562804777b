using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using DbUp;
using DbUp.Builder;
using DbUp.Engine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace DashboardKpi.Ingest.Jobs.Migrations;

/// <summary>
/// Applies the embedded db/ scripts for the configured provider with DbUp: ordinal order of the dated names,
/// one transaction per script, a journal table (SchemaVersions) so a second run applies nothing, and a
/// migration lock so several nodes starting together take turns.
/// </summary>
public sealed class SchemaMigrator(DbConnectionFactory connections, ILogger<SchemaMigrator> logger)
{
    /// <summary>
    /// DbUp's default name, so DBAs who know DbUp find it. PostgreSQL gets it in lower case (DbUp quotes the name it is
    /// given), which is what the unquoted name in the shared SQL texts folds to there.
    /// </summary>
    public const string JournalTable = "SchemaVersions";

    /// <summary>Dry run: the scripts a migration would apply now, without applying them.</summary>
    public async Task<IReadOnlyList<string>> ListPendingScriptsAsync(CancellationToken ct)
    {
        await using var migrationLock = await MigrationLock.AcquireAsync(connections, connections.Options.MigrationLockTimeout, ct)
            .ConfigureAwait(false);
        return BuildEngine().GetScriptsToExecute().Select(s => s.Name).ToList();
    }

    /// <summary>
    /// The embedded scripts the journal does not list. Read without the migration lock, since readiness asks every few
    /// seconds: while another node migrates, this node reports the scripts it is still waiting for.
    /// </summary>
    public async Task<IReadOnlyList<string>> ListUnappliedScriptsAsync(CancellationToken ct)
    {
        await using var connection = await connections.OpenAsync(ct).ConfigureAwait(false);
        var applied = (await connection.QueryAsync<string>(new CommandDefinition("SELECT ScriptName FROM " + JournalTable, cancellationToken: ct))
            .ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        return [.. MigrationScripts.For(connections.Dialect.Provider).Select(s => s.Name).Where(name => !applied.Contains(name))];
    }

    /// <summary>Applies every pending script and returns their names (empty when the schema is current).</summary>
    public Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct) => MigrateAsync(null, ct);

    /// <summary>
    /// Applies every pending script, then runs <paramref name="alsoUnderLock"/> before the lock is released: what must
    /// happen once however many nodes start together (loading reference data), not once per node at the same time.
    /// </summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(Func<CancellationToken, Task>? alsoUnderLock, CancellationToken ct)
    {
        await using var migrationLock = await MigrationLock.AcquireAsync(connections, connections.Options.MigrationLockTimeout, ct)
            .ConfigureAwait(false);

        // DbUp is synchronous; start-up waits for it anyway, and the lock makes other nodes wait for us.
        var result = BuildEngine().PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                "Database migration failed in " + (result.ErrorScript?.Name ?? "an unknown script") + "; nothing of that script was kept.",
                result.Error);
        }

        var applied = result.Scripts.Select(s => s.Name).ToList();
        if (applied.Count > 0)
        {
            logger.LogInformation("Applied {Count} migration script(s) on {Provider}: {Scripts}", applied.Count, connections.Dialect, applied);
        }

        if (alsoUnderLock is not null)
        {
            await alsoUnderLock(ct).ConfigureAwait(false);
        }

        return applied;
    }

    /// <summary>
    /// SQLite scripts run with foreign keys off (Microsoft.Data.Sqlite turns them on by default, and PRAGMA foreign_keys
    /// is a no-op inside the script's transaction): changing a constraint means rebuilding the table (SQLite's
    /// documented procedure), and dropping a table that others reference would otherwise fail. A rebuild script checks
    /// pragma_foreign_key_check itself before it commits (see 2026-11-30_01_IngestRunLease.sql).
    /// </summary>
    internal static string ScriptConnectionString(DbConnectionFactory connections) =>
        new SqliteConnectionStringBuilder(connections.ConnectionString) { ForeignKeys = false }.ToString();

    private UpgradeEngine BuildEngine()
    {
        UpgradeEngineBuilder builder = connections.Dialect.Provider switch
        {
            StorageProvider.SqlServer => DeployChanges.To.SqlDatabase(connections.ConnectionString).JournalToSqlTable("dbo", JournalTable),
            StorageProvider.PostgreSql => DeployChanges.To.PostgresqlDatabase(connections.ConnectionString)
                .JournalToPostgresqlTable("public", "schemaversions"),
            _ => DeployChanges.To.SqliteDatabase(ScriptConnectionString(connections)),
        };
        var scripts = MigrationScripts.For(connections.Dialect.Provider).Select(s => new SqlScript(s.Name, s.Text));

        // Variables off: DbUp would otherwise treat any $name$ in a script as a placeholder.
        return builder
            .WithScripts(scripts)
            .WithTransactionPerScript()
            .WithVariablesDisabled()
            .LogTo(logger)
            .Build();
    }
}
