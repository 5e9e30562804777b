using System.Text.Json.Serialization;

namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// What a rating shows: one of the three colours, or the grey state that says why a criterion was not rated. The
/// stored ratings, the API and the pages all carry this type; the text it is stored and served as is
/// <see cref="RatingColours.Spelling"/>, which JSON writes too (the attributes below; a test holds them equal).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RatingColour>))]
public enum RatingColour
{
    [JsonStringEnumMemberName("green")]
    Green,

    [JsonStringEnumMemberName("yellow")]
    Yellow,

    [JsonStringEnumMemberName("red")]
    Red,

    /// <summary>No value for the period; for a commune as a whole, no criterion could be rated.</summary>
    [JsonStringEnumMemberName("noData")]
    NoData,

    /// <summary>A ratio whose whole is below the criterion's minimum denominator: grey, left out of the overall.</summary>
    [JsonStringEnumMemberName("insufficientData")]
    InsufficientData,

    /// <summary>A criterion outside its validity (effectiveFrom–effectiveTo) for the period: grey, left out of the overall.</summary>
    [JsonStringEnumMemberName("notInForce")]
    NotInForce,
}
