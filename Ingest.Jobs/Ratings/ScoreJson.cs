using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// The stored form of a commune's score (RatingSnapshot.ResultJson): the engine's whole explanation as JSON.
/// Fixed options so the same score always serialises to the same bytes: the rescore keeps a snapshot whose bytes did
/// not change. "Reproduce" compares the facts in it (<see cref="RatingFacts"/>), not the bytes.
/// </summary>
public static class ScoreJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new PeriodJsonConverter() },
    };

    public static string Serialize(CommuneScore score) => JsonSerializer.Serialize(score, Options);

    public static CommuneScore Deserialize(string json) =>
        JsonSerializer.Deserialize<CommuneScore>(json, Options) ?? throw new JsonException("The stored score is empty.");

    /// <summary>
    /// The stored overall verdict; null for a score stored before CommuneScore carried it, where
    /// <see cref="Deserialize"/> cannot tell a missing verdict from <see cref="Verdict.NotRated"/>.
    /// </summary>
    public static Verdict? DeserializeVerdict(string json) => JsonSerializer.Deserialize<StoredVerdict>(json, Options)?.Verdict;

    private sealed record StoredVerdict(Verdict? Verdict);
}

/// <summary>Periods as "2025-07" in JSON, as everywhere else outside the code.</summary>
public sealed class PeriodJsonConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Period.TryParse(reader.GetString(), out var period) ? period : throw new JsonException("A period must be written yyyy-MM.");

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
}
