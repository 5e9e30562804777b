using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Evaluation;

/// <summary>How many communes are green, yellow and red overall; <see cref="NotRated"/> had no data for the period.</summary>
public sealed record RatingCounts(int Green, int Yellow, int Red, int NotRated)
{
    public static RatingCounts Of(IEnumerable<Rating?> overall)
    {
        ArgumentNullException.ThrowIfNull(overall);
        var (green, yellow, red, notRated) = (0, 0, 0, 0);
        foreach (var rating in overall)
        {
            switch (rating)
            {
                case Rating.Green: green++; break;
                case Rating.Yellow: yellow++; break;
                case Rating.Red: red++; break;
                default: notRated++; break;
            }
        }

        return new RatingCounts(green, yellow, red, notRated);
    }
}
