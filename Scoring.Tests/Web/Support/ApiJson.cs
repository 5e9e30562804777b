using System.Text.Json;
using DashboardKpi.Dashboard.Web.Api;

namespace DashboardKpi.Scoring.Tests.Web.Support;

/// <summary>Reads the API's answers into its own records as the API writes them: web defaults, periods as "yyyy-MM".</summary>
internal static class ApiJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new PeriodJsonConverter() } };
}
