using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Ingest.Jobs.Storage.Indicators;
using DashboardKpi.Ingest.Jobs.Storage.Runs;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>Builders for storage tests: a real commune, a started run, a reading.</summary>
internal static class TestData
{
    /// <summary>Phường Thủ Dầu Một, the first unit in the data files.</summary>
    public const string ThuDauMot = "25747";

    /// <summary>Phường Sài Gòn.</summary>
    public const string SaiGon = "26740";

    public static readonly DateTimeOffset At = new(2026, 11, 22, 9, 30, 0, TimeSpan.FromHours(7));

    public static async Task<long> StartRunAsync(DbConnectionFactory connections, string source = "test")
    {
        var runs = new IngestRunRepository(connections);
        return await runs.StartAsync(
            new NewIngestRun { Source = source, FileName = "test.xlsx", Sha256 = Sha256Hex.Of(Guid.NewGuid().ToString()), StartedAt = At, LeaseExpiresAt = At.AddSeconds(30) },
            CancellationToken.None);
    }

    public static IndicatorReading Reading(string indicator, string period, decimal? value = null, string commune = ThuDauMot) => new()
    {
        CommuneCode = commune,
        IndicatorCode = indicator,
        Period = Scoring.Engine.Model.Period.Parse(period),
        Source = "excel-drop",
        Value = value,
    };
}
