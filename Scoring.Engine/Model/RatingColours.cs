namespace DashboardKpi.Scoring.Engine.Model;

/// <summary>
/// The colour of an engine result and the one text each colour is stored and served as. Storage (the CHECK
/// constraints of every dialect), the JSON API and the pages' CSS classes use these spellings, and tests hold the
/// stored lists equal to what the engine can produce: a value the engine produces but a store refuses once stopped
/// every rescore of a period.
/// </summary>
// No default arms below: a colour or outcome added later stops the build (CS8509) until it has a spelling here
// and a migration for the CHECK constraints.
public static class RatingColours
{
    /// <summary>Every value a criterion rating can take (RatingSnapshotCriterion.Rating).</summary>
    public static IReadOnlyList<RatingColour> CriterionValues { get; } =
        [RatingColour.Green, RatingColour.Yellow, RatingColour.Red, RatingColour.NoData, RatingColour.InsufficientData, RatingColour.NotInForce];

    /// <summary>Every value an overall rating can take (RatingSnapshot.Overall): a commune is never "insufficient" as a whole.</summary>
    public static IReadOnlyList<RatingColour> OverallValues { get; } = [RatingColour.Green, RatingColour.Yellow, RatingColour.Red, RatingColour.NoData];

    /// <summary>An overall colour; null (no criterion could be rated) is <see cref="RatingColour.NoData"/>.</summary>
    public static RatingColour Of(Rating? rating) => rating switch
    {
        Rating.Green => RatingColour.Green,
        Rating.Yellow => RatingColour.Yellow,
        Rating.Red => RatingColour.Red,
        null => RatingColour.NoData,
    };

    /// <summary>A criterion's result: its colour when rated, otherwise the grey state that says why it was not.</summary>
    public static RatingColour Of(Outcome outcome, Rating? rating) => outcome switch
    {
        Outcome.Rated => Of(rating),
        Outcome.NoData => RatingColour.NoData,
        Outcome.InsufficientData => RatingColour.InsufficientData,
        Outcome.NotInForce => RatingColour.NotInForce,
    };

    /// <summary>The rating for green, yellow or red; null for a grey state.</summary>
    public static Rating? AsRating(this RatingColour colour) => colour switch
    {
        RatingColour.Green => Rating.Green,
        RatingColour.Yellow => Rating.Yellow,
        RatingColour.Red => Rating.Red,
        RatingColour.NoData or RatingColour.InsufficientData or RatingColour.NotInForce => null,
    };

    /// <summary>The engine's outcome behind a colour: rated for the three colours, else the grey state's own.</summary>
    public static Outcome OutcomeOf(this RatingColour colour) => colour switch
    {
        RatingColour.Green or RatingColour.Yellow or RatingColour.Red => Outcome.Rated,
        RatingColour.NoData => Outcome.NoData,
        RatingColour.InsufficientData => Outcome.InsufficientData,
        RatingColour.NotInForce => Outcome.NotInForce,
    };

    /// <summary>Green, yellow or red: a colour that counts, not a grey state.</summary>
    public static bool IsRated(this RatingColour colour) => colour.AsRating() is not null;

    /// <summary>The stored and served text: "green", "yellow", "red", "noData", "insufficientData", "notInForce".</summary>
    public static string Spelling(this RatingColour colour) => colour switch
    {
        RatingColour.Green => "green",
        RatingColour.Yellow => "yellow",
        RatingColour.Red => "red",
        RatingColour.NoData => "noData",
        RatingColour.InsufficientData => "insufficientData",
        RatingColour.NotInForce => "notInForce",
    };

    /// <summary>The colour a stored or posted text names; false for anything else (case matters, as in storage).</summary>
    public static bool TryParse(string? text, out RatingColour colour)
    {
        foreach (var candidate in CriterionValues)
        {
            if (candidate.Spelling() == text)
            {
                colour = candidate;
                return true;
            }
        }

        colour = default;
        return false;
    }
}
