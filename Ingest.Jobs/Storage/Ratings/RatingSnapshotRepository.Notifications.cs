using System.Data.Common;
using Dapper;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Ingest.Jobs.Scheduling;
using DashboardKpi.Ingest.Jobs.Localization;
using DashboardKpi.Ingest.Jobs.Notifications;

namespace DashboardKpi.Ingest.Jobs.Storage.Ratings;

/// <summary>
/// A unit's colour change reaches its chair in the transaction that stores the new rating: against the unit's previous
/// rating of the same period (a rescore, e.g. after a correction) or, for a first rating, of the period before. A change
/// to a period that has already closed is flagged as a later correction.
/// </summary>
public sealed partial class RatingSnapshotRepository
{
    // Disabled is compared with a typed parameter: an integer literal would not compare with PostgreSQL's boolean.
    private const string ChairUnitsSql = "SELECT DISTINCT CommuneCode FROM AppUser WHERE Role = 'chair' AND Disabled = @Disabled AND CommuneCode IS NOT NULL";

    private const string PreviousSqlite = """
        SELECT Overall FROM RatingSnapshot
         WHERE CommuneCode = @CommuneCode AND (Period = @Period OR Period < @Period)
         ORDER BY Period DESC, Id DESC LIMIT 1
        """;

    private const string PreviousSqlServer = """
        SELECT TOP (1) Overall FROM dbo.RatingSnapshot
         WHERE CommuneCode = @CommuneCode AND Period <= @Period
         ORDER BY Period DESC, Id DESC
        """;

    /// <summary>The units that have a chair to tell: only theirs are compared, so a rescore of 168 units stays cheap.</summary>
    private static async Task<HashSet<string>> ChairUnitsAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        [.. await connection.QueryAsync<string>(new CommandDefinition(ChairUnitsSql, new { Disabled = false }, tx, cancellationToken: ct)).ConfigureAwait(false)];

    /// <summary>The unit's colour just before this snapshot is stored (null: never rated).</summary>
    private async Task<RatingColour?> PreviousOverallAsync(DbConnection connection, DbTransaction tx, NewRatingSnapshot snapshot, CancellationToken ct) =>
        await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            connections.Dialect.Pick(PreviousSqlite, PreviousSqlServer), new { snapshot.CommuneCode, snapshot.Period }, tx, cancellationToken: ct))
            .ConfigureAwait(false) is { } stored && RatingColours.TryParse(stored, out var colour) ? colour : null;

    private async Task NotifyColourChangeAsync(DbConnection connection, DbTransaction tx, NewRatingSnapshot snapshot, RatingColour? previous, long id, CancellationToken ct)
    {
        if (previous is null || previous == snapshot.Overall)
        {
            return;
        }

        var closed = VietnamTime.Today(clock) >= notifications.Options.ClosesOn(snapshot.Period);
        await notifications.AddAsync(connection, tx, new NotificationEvent(
            NotificationKinds.ColourChanged,
            "colour:" + snapshot.Period + ":" + id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "/Communes/Details/" + snapshot.CommuneCode + "?period=" + snapshot.Period,
            [snapshot.Period.Slashed, IngestText.Both("Notify.Colour." + previous.Value.Spelling()), IngestText.Both("Notify.Colour." + snapshot.Overall.Spelling())])
        {
            ChairsOf = snapshot.CommuneCode, CommuneCode = snapshot.CommuneCode,
            TextVariant = closed ? "colourCorrected" : null,
        }, ct).ConfigureAwait(false);
    }
}
