using System.Data;
using Dapper;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.TypeHandlers;

/// <summary>
/// Periods are stored as "yyyy-MM" text on every provider: it sorts and compares like the period, so ranges
/// need no date functions (which differ between the dialects).
/// </summary>
public sealed class PeriodHandler : SqlMapper.TypeHandler<Period>
{
    public override void SetValue(IDbDataParameter parameter, Period value)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        parameter.DbType = DbType.String;
        parameter.Value = value.ToString();
    }

    public override Period Parse(object value) => value is string text && Period.TryParse(text, out var period)
        ? period
        : throw new DataException("Cannot read a period from " + value + ".");
}
