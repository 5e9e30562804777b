using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>The words ratings are stored and served as: green, yellow, red, noData.</summary>
public static class RatingText
{
    public static string Of(Rating? rating) => rating switch
    {
        Rating.Green => RatingColour.Green,
        Rating.Yellow => RatingColour.Yellow,
        Rating.Red => RatingColour.Red,
        null => RatingColour.NoData,
    };
}
