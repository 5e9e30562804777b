using DashboardKpi.Ingest.Jobs.Importing;
using DashboardKpi.Ingest.Jobs.Ratings;
using DashboardKpi.Ingest.Jobs.Storage.Ratings;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Web;

/// <summary>
/// An import's rescore rates again only the communes whose values changed since the period's last rescore (issue 22,
/// upload to colour), and gives what a rescore of every commune gives. On the seeded demo database, with no job
/// server, so the test runs each rescore itself.
/// </summary>
public sealed class RescoreOnlyChangedTests
{
    [Test]
    public async Task RescoreOnlyChanged_OneUnitsUpload_RatesThatUnitAloneAndAgreesWithAFullRescore()
    {
        await using var server = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Jobs:RunServer"] = "false" });
        var snapshots = server.Services.GetRequiredService<RatingSnapshotRepository>();
        var rescorer = server.Services.GetRequiredService<Rescorer>();
        const string Period = "2026-11";
        var before = await snapshots.ListLatestForPeriodAsync(Scoring.Engine.Model.Period.Parse(Period), CancellationToken.None);
        var unit = before.First(s => s.Overall == RatingColour.Green).CommuneCode;
        var folder = Path.Combine(server.Folder, "uploads");
        Directory.CreateDirectory(folder);
        var file = ReportFiles.WriteCsv(folder, "one.csv", [ReportFiles.LongHeader, $"{unit},{Period},AV_UPDATED_MACHINES,1/40"]);
        await server.Services.GetRequiredService<IndicatorImporter>().ImportFileAsync(file, "one.csv", "file", "test", CancellationToken.None);

        var writtenChanged = await rescorer.RescoreAsync([Scoring.Engine.Model.Period.Parse(Period)], CancellationToken.None, onlyChanged: true);
        var afterChanged = await snapshots.ListLatestForPeriodAsync(Scoring.Engine.Model.Period.Parse(Period), CancellationToken.None);
        var nothingLeft = await rescorer.RescoreAsync([Scoring.Engine.Model.Period.Parse(Period)], CancellationToken.None, onlyChanged: true);
        var writtenFull = await rescorer.RescoreAsync([Scoring.Engine.Model.Period.Parse(Period)], CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(writtenChanged, Is.EqualTo(1), "only the uploaded unit is rated again and stored");
            Assert.That(afterChanged.Single(s => s.CommuneCode == unit).Overall, Is.EqualTo(RatingColour.Red), "C7 is critical: one machine in forty is red");
            Assert.That(afterChanged.Where(s => s.CommuneCode != unit).Select(s => (s.CommuneCode, s.Id)),
                Is.EquivalentTo(before.Where(s => s.CommuneCode != unit).Select(s => (s.CommuneCode, s.Id))), "the others keep their stored ratings");
            Assert.That(nothingLeft, Is.Zero, "nothing changed since: nothing to rate");
            Assert.That(writtenFull, Is.Zero, "a rescore of every commune finds nothing the partial one missed");
        }
    }
}
