using System.Data;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace DashboardKpi.Ingest.Jobs.Storage.TypeHandlers;

/// <summary>SQLite: "yyyy-MM-dd" text, which sorts as a date. SQL Server and PostgreSQL: a date column, sent as DbType.Date.</summary>
public sealed class DateOnlyHandler : SqlMapper.TypeHandler<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override void SetValue(IDbDataParameter parameter, DateOnly value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (parameter is SqliteParameter)
        {
            parameter.DbType = DbType.String;
            parameter.Value = value.ToString(Format, CultureInfo.InvariantCulture);
        }
        else
        {
            parameter.DbType = DbType.Date;
            parameter.Value = value.ToDateTime(TimeOnly.MinValue);
        }
    }

    public override DateOnly Parse(object value) => value switch
    {
        DateOnly date => date,
        DateTime dateTime => DateOnly.FromDateTime(dateTime),
        string text => DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture),
        _ => throw new DataException("Cannot read a DateOnly from " + value.GetType().Name + "."),
    };
}
