using Dapper;

namespace DashboardKpi.Ingest.Jobs.Storage.TypeHandlers;

/// <summary>
/// Registers the Dapper type handlers once per process (Dapper's registry is static). Only the types that
/// need one get one: decimal and bool already round-trip on every provider (proved by tests), DateTimeOffset
/// does not on SQLite (Dapper cannot turn the stored text back), and DateOnly gets an explicit handler so SQL
/// Server's DateTime-typed reads of DATE columns need no guessing. Periods travel as the engine's Period and are stored
/// as "yyyy-MM" text.
/// </summary>
public static class DapperTypeHandlers
{
    private static int _registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        // Dapper consults its built-in type map before handlers, so the built-in entries must go first.
        foreach (var type in new[] { typeof(DateTimeOffset), typeof(DateTimeOffset?), typeof(DateOnly), typeof(DateOnly?) })
        {
            SqlMapper.RemoveTypeMap(type);
        }

        SqlMapper.AddTypeHandler(new DateTimeOffsetHandler());
        SqlMapper.AddTypeHandler(new DateOnlyHandler());
        SqlMapper.AddTypeHandler(new PeriodHandler());
    }
}
