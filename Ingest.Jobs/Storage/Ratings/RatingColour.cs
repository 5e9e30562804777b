namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>The stored spellings of an overall or criterion rating (the engine's Rating plus "no data").</summary>
public static class RatingColour
{
    public const string Green = "green";
    public const string Yellow = "yellow";
    public const string Red = "red";
    public const string NoData = "noData";
}
