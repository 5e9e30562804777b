using System.Globalization;
using DashboardKpi.Ingest.Jobs.Storage.Runs;
using DashboardKpi.Scoring.Tests.Support;
using Microsoft.Data.Sqlite;

namespace DashboardKpi.Scoring.Tests.Ingest;

/// <summary>
/// Kills the real worker process (dotnet Ingest.Jobs.dll) in the middle of importing a large dropped file, then
/// starts it again: nothing committed is lost, nothing is half-imported, the killed run is marked interrupted once its
/// lease lapses (a short lease here: heartbeat 1 s, lease 5 s), and the restarted worker finishes the job.
/// </summary>
public class KillMidRunTests
{
    private const int HeartbeatSeconds = 1;
    private const int LeaseSeconds = 5;

    [Test]
    public async Task KilledWorker_LeavesNoHalfImportedFile_AndTheNextRunFinishesIt()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dashboardkpi-kill-" + Guid.NewGuid().ToString("N"));
        var drop = Path.Combine(folder, "drop");
        var database = Path.Combine(folder, "dashboard.db");
        var rows = LargeReport();
        ReportFiles.WriteCsv(drop, "large.csv", [ReportFiles.LongHeader, .. rows]);

        long killedRun;
        using (var first = StartWorker(drop, database))
        {
            await IngestHost.WaitUntilAsync(() => Task.FromResult(Scalar(database, "SELECT COUNT(*) FROM IngestRun WHERE Status = 'running' AND Source = 'file'") > 0),
                "the worker to start importing", seconds: 120);
            await first.KillAsync();
            killedRun = Scalar(database, "SELECT MAX(Id) FROM IngestRun WHERE Source = 'file'");
        }


        var afterKill = Scalar(database, "SELECT COUNT(*) FROM IndicatorValue");
        TestContext.Out.WriteLine($"values after the kill: {afterKill} of {rows.Count}");
        Assert.That(afterKill, Is.EqualTo(0).Or.EqualTo(rows.Count), "a file is imported in one transaction: all or nothing");
        Assert.That(File.Exists(Path.Combine(drop, "large.csv")), Is.True, "the file stays in the drop folder until its run is recorded");
        var killedMidImport = afterKill == 0;
        Assert.That(Status(database, killedRun), Is.EqualTo(killedMidImport ? IngestRunStatus.Running : IngestRunStatus.Succeeded),
            "a run's outcome commits with its data; no node is up to notice the lapsed lease yet");

        using (var second = StartWorker(drop, database))
        {
            // Bounded poll: the restarted node's check marks the killed run once its lease (5 s) has lapsed.
            await IngestHost.WaitUntilAsync(() => Task.FromResult(!killedMidImport || Status(database, killedRun) == IngestRunStatus.Interrupted),
                "the killed run to be marked interrupted", seconds: 60);
            await IngestHost.WaitUntilAsync(() => Task.FromResult(Directory.Exists(Path.Combine(drop, "archive")) && Directory.GetFiles(Path.Combine(drop, "archive")).Length == 1),
                "the restarted worker to finish and archive the file", seconds: 180);
            await second.KillAsync();
        }

        Assert.That(Scalar(database, "SELECT COUNT(*) FROM IndicatorValue"), Is.EqualTo(rows.Count));
        Assert.That(Scalar(database, $"SELECT COUNT(*) FROM IngestRun WHERE Status = '{IngestRunStatus.Succeeded}' AND Source = 'file'"), Is.EqualTo(1));
        Assert.That(Scalar(database, "SELECT COUNT(*) FROM IngestRun WHERE Status = 'running'"), Is.Zero, "the killed run is not left 'running'");
        TestContext.Out.WriteLine($"killed mid-import: {killedMidImport}");
        if (killedMidImport)
        {
            Assert.That(Scalar(database, $"SELECT COUNT(*) FROM IngestRun WHERE Id = {killedRun} AND Message LIKE '%The import was interrupted at%' AND Message LIKE '%Lần nhập bị gián đoạn lúc%'"),
                Is.EqualTo(1), "interrupted with its time and a vi/en reason");
            Assert.That(Scalar(database, $"SELECT COUNT(*) FROM IngestRun WHERE Id = {killedRun} AND FinishedAt >= LeaseExpiresAt"), Is.EqualTo(1),
                "marked only after its lease lapsed (both times are UTC text, so they compare as text)");
        }
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every ratio indicator of the shipped rules for 168 communes × 15 periods (about 28,000 rows): still importing when killed.</summary>
    private static List<string> LargeReport()
    {
        var communes = DashboardKpi.Ingest.Jobs.ReferenceData.CommuneJsonReader.Read(
            DashboardKpi.Ingest.Jobs.ReferenceData.ReferenceDataFiles.ReadText(DashboardKpi.Ingest.Jobs.ReferenceData.ReferenceDataFiles.Units));
        var ratios = DashboardKpi.Scoring.Engine.ShippedRules.Read().RuleSet!.Indicators
            .Where(i => i.Kind == DashboardKpi.Scoring.Engine.Model.IndicatorKind.Ratio && !i.IsComputed).Select(i => i.Code).ToList();
        var lines = new List<string>();
        for (var month = 0; month < 15; month++)
        {
            var period = new DateOnly(2025, 7, 1).AddMonths(month).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            foreach (var commune in communes)
            {
                lines.AddRange(ratios.Select((indicator, n) => string.Create(CultureInfo.InvariantCulture, $"{commune.Code},{period},{indicator},{n + month}/{40 + n + month}")));
            }
        }

        return lines;
    }

    private static NodeProcess StartWorker(string drop, string database) => NodeProcess.StartWorker(new Dictionary<string, string>
    {
        ["Storage__ConnectionString"] = $"Data Source={database}",
        ["Jobs__DropFolder__Path"] = drop,
        ["Jobs__DropFolder__SettleSeconds"] = "0",
        ["Jobs__SeedDemoData"] = "false",
        ["Jobs__RunLease__HeartbeatSeconds"] = HeartbeatSeconds.ToString(CultureInfo.InvariantCulture),
        ["Jobs__RunLease__LeaseSeconds"] = LeaseSeconds.ToString(CultureInfo.InvariantCulture),
        ["Jobs__HttpSources__0__Url"] = "",
    });

    private static string? Status(string database, long runId)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status FROM IngestRun WHERE Id = $id";
        command.Parameters.AddWithValue("$id", runId);
        return command.ExecuteScalar() as string;
    }

    private static long Scalar(string database, string sql)
    {
        if (!File.Exists(database))
        {
            return 0;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The worker may not have created the tables yet.
            return 0;
        }
    }
}
