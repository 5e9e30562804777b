using System.Text.RegularExpressions;
using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Tests.Support;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Tests.Migrations;

/// <summary>
/// The rating columns' CHECK constraints, as the migrations leave them in each dialect, allow exactly the values of
/// <see cref="RatingColour"/>: the set is defined once in code and every store follows it.
/// </summary>
public sealed partial class RatingCheckConstraintTests
{
    private static readonly string DbFolder = Path.Combine(TestContext.CurrentContext.TestDirectory, "db");

    [Test]
    public async Task Sqlite_MigratedSchema_AllowsExactlyTheRatingValues()
    {
        using var target = await StorageTarget.CreateAsync(StorageProvider.Sqlite, nameof(RatingCheckConstraintTests));
        await target.MigrateAndSeedAsync();
        await using var connection = await target.Connections.OpenAsync(CancellationToken.None);
        var schema = string.Join("\n", await connection.QueryAsync<string>("SELECT sql FROM sqlite_master WHERE type = 'table'"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Allowed(schema, "CK_RatingSnapshotCriterion_Rating"), Is.EquivalentTo(RatingColours.CriterionValues.Select(c => c.Spelling())));
            Assert.That(Allowed(schema, "CK_RatingSnapshot_Overall"), Is.EquivalentTo(RatingColours.OverallValues.Select(c => c.Spelling())));
        }
    }

    [Test]
    public void SqlServer_LatestScriptDefiningEachCheck_AllowsExactlyTheRatingValues()
    {
        // No SQL Server runs here; the scripts are what a SQL Server database ends up with, the last definition winning.
        var scripts = Directory.GetFiles(Path.Combine(DbFolder, "sqlserver"), "*.sql").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Allowed(scripts.Last(s => Allowed(s, "CK_RatingSnapshotCriterion_Rating").Count > 0), "CK_RatingSnapshotCriterion_Rating"),
                Is.EquivalentTo(RatingColours.CriterionValues.Select(c => c.Spelling())));
            Assert.That(Allowed(scripts.Last(s => Allowed(s, "CK_RatingSnapshot_Overall").Count > 0), "CK_RatingSnapshot_Overall"),
                Is.EquivalentTo(RatingColours.OverallValues.Select(c => c.Spelling())));
        }
    }

    /// <summary>The quoted values of "CONSTRAINT name CHECK (Column IN ('a', N'b', …))"; empty when the text does not define it.</summary>
    private static List<string> Allowed(string sql, string constraint)
    {
        var match = Regex.Matches(sql, Regex.Escape(constraint) + @"\s+CHECK\s*\(\s*\w+\s+IN\s*\(([^)]*)\)").LastOrDefault();
        return match is null ? [] : Quoted().Matches(match.Groups[1].Value).Select(m => m.Groups[1].Value).ToList();
    }

    [GeneratedRegex(@"N?'([^']*)'")]
    private static partial Regex Quoted();
}
