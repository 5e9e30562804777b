using System.Globalization;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Parses T-SQL with ScriptDom's SQL Server 2022 parser: the syntax check we can run without a server.</summary>
internal static class TSqlSyntax
{
    /// <summary>The parse errors as readable lines; empty when the text is valid T-SQL.</summary>
    public static IReadOnlyList<string> Errors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors
            .Select(e => string.Format(CultureInfo.InvariantCulture, "line {0}, column {1}: {2}", e.Line, e.Column, e.Message))
            .ToList();
    }
}
