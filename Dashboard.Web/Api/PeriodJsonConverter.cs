using System.Text.Json;
using System.Text.Json.Serialization;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Api;

/// <summary>A period in the API's JSON: the text "2025-07", as in URLs and files, never an object.</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    /// <summary>What the OpenAPI document states a period looks like.</summary>
    public const string Pattern = "^[0-9]{4}-[0-9]{2}$";

    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Period.TryParse(reader.GetString(), out var period)
            ? period
            : throw new JsonException("A period is a string yyyy-MM.");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
