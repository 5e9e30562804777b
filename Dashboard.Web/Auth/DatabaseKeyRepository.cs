using System.Xml.Linq;
using Dapper;
using DashboardKpi.Ingest.Jobs.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace DashboardKpi.Dashboard.Web.Auth;

/// <summary>
/// Keeps ASP.NET Core's data-protection key ring in the dashboard's own database, so every web node on that database
/// reads the same keys: a login cookie or an antiforgery token issued by one node is honoured by the others. The
/// served persistence package is for Entity Framework only, hence this small repository on Dapper.
/// </summary>
/// <remarks>
/// The keys are stored as ASP.NET Core writes them (not encrypted at rest): whoever can read this table can forge a
/// login, so the table is protected like the rest of the database (docs/operations.md). IXmlRepository is synchronous;
/// the framework calls it only when it loads or rolls the key ring (at start and about once a day), never per request.
/// </remarks>
public sealed class DatabaseKeyRepository(DbConnectionFactory connections) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() => GetAllElementsAsync().GetAwaiter().GetResult();

    public void StoreElement(XElement element, string friendlyName) => StoreElementAsync(element, friendlyName).GetAwaiter().GetResult();

    private async Task<IReadOnlyCollection<XElement>> GetAllElementsAsync()
    {
        await using var connection = await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        var rows = await connection.QueryAsync<string>("SELECT Xml FROM DataProtectionKey ORDER BY Id").ConfigureAwait(false);
        return [.. rows.Select(XElement.Parse)];
    }

    private async Task StoreElementAsync(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        await using var connection = await connections.OpenAsync(CancellationToken.None).ConfigureAwait(false);
        await connection.ExecuteAsync(
            "INSERT INTO DataProtectionKey (FriendlyName, Xml, CreatedAt) VALUES (@FriendlyName, @Xml, @CreatedAt)",
            new { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting), CreatedAt = DateTimeOffset.UtcNow })
            .ConfigureAwait(false);
    }
}
