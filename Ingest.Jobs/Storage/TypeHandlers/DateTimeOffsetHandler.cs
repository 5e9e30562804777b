using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace DashboardKpi.Ingest.Jobs.Storage.TypeHandlers;

/// <summary>
/// SQLite: ISO-8601 round-trip text ("O": 7 fraction digits and the offset), so a value reads back tick for
/// tick with its original offset (+07:00 for Vietnam). SQL Server: native DATETIMEOFFSET(7), same precision.
/// PostgreSQL: timestamptz, which stores the instant in UTC to the microsecond (Npgsql accepts only offset 0 for it);
/// it reads back as the same instant in UTC, which compares equal to the original.
/// </summary>
public sealed class DateTimeOffsetHandler : SqlMapper.TypeHandler<DateTimeOffset>
{
    public override void SetValue(IDbDataParameter parameter, DateTimeOffset value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString("O", CultureInfo.InvariantCulture);
        }
        else if (parameter is NpgsqlParameter postgres)
        {
            postgres.NpgsqlDbType = NpgsqlDbType.TimestampTz;
            postgres.Value = value.ToUniversalTime();
        }
        else
        {
            parameter.DbType = DbType.DateTimeOffset;
            parameter.Value = value;
        }
    }

    public override DateTimeOffset Parse(object value) => value switch
    {
        DateTimeOffset offset => offset,
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        DateTime dateTime => new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc)),
        _ => throw new DataException("Cannot read a DateTimeOffset from " + value.GetType().Name + "."),
    };
}
