using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// The stored and served spellings of a rating, defined once. Storage (the CHECK constraints of every dialect), the
/// API and the UI follow these lists, and tests hold each of them equal to what the engine can produce: a value the
/// engine produces but a store refuses once stopped every rescore of a period.
/// </summary>
public static class RatingColour
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";
    public const string NoData = "noData";

    /// <summary>A ratio whose whole is below the criterion's minimum denominator: grey, left out of the overall.</summary>
    public const string InsufficientData = "insufficientData";

    /// <summary>A criterion outside its validity (effectiveFrom–effectiveTo) for the period: grey, left out of the overall.</summary>
    public const string NotInForce = "notInForce";

    /// <summary>Every value a criterion rating can take (RatingSnapshotCriterion.Rating).</summary>
    public static IReadOnlyList<string> CriterionValues { get; } = [Green, Yellow, Red, NoData, InsufficientData, NotInForce];

    /// <summary>Every value an overall rating can take (RatingSnapshot.Overall): a commune is never "insufficient" as a whole.</summary>
    public static IReadOnlyList<string> OverallValues { get; } = [Green, Yellow, Red, NoData];

    /// <summary>An overall colour; null (no criterion could be rated) is "noData".</summary>
    public static string Of(Rating? rating) => rating switch
    {
        Rating.Green => Green,
        Rating.Yellow => Yellow,
        Rating.Red => Red,
        null => NoData,
    };

    /// <summary>A criterion's result: its colour when rated, otherwise the grey state that says why it was not.</summary>
    // No default arm: an outcome the stored ratings do not know yet stops the build here (CS8509), so it gets a
    // spelling in this class and a migration for the CHECK constraints before it can be stored.
    public static string Of(Outcome outcome, Rating? rating) => outcome switch
    {
        Outcome.Rated => Of(rating),
        Outcome.NoData => NoData,
        Outcome.InsufficientData => InsufficientData,
        Outcome.NotInForce => NotInForce,
    };
}
