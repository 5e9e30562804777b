using System.Net;
using System.Text.Json;
using Dapper;
using DashboardKpi.Ingest.Jobs.Migrations;
using DashboardKpi.Ingest.Jobs.Storage;
using DashboardKpi.Scoring.Tests.Web.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Web.Operations;

/// <summary>/health/ready, what a load balancer asks: database, migrations and job storage, anonymous.</summary>
[TestFixture]
public sealed class ReadinessTests : AnonymousServerFixture
{
    [Test]
    public async Task Ready_CurrentNode_ReportsEachCheckHealthy_WithoutLogin()
    {
        using var client = Server.CreateClient();

        var response = await client.GetAsync("/health/ready");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = json.RootElement.GetProperty("checks");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            foreach (var name in new[] { "database", "migrations", "jobStorage" })
            {
                Assert.That(checks.GetProperty(name).GetProperty("status").GetString(), Is.EqualTo("Healthy"), name);
            }
        }
    }

    [Test]
    public async Task Ready_AScriptMissingFromTheJournal_IsUnavailable_NamingTheScript()
    {
        var connections = Server.Services.GetRequiredService<DbConnectionFactory>();
        const string Script = "2026-12-01_01_CreateDataVersion.sql";
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        var journal = await connection.QuerySingleAsync<(string Name, string Applied)>(
            "SELECT ScriptName, Applied FROM " + SchemaMigrator.JournalTable + " WHERE ScriptName LIKE @Name", new { Name = "%" + Script });
        await connection.ExecuteAsync("DELETE FROM " + SchemaMigrator.JournalTable + " WHERE ScriptName = @Name", new { journal.Name });
        try
        {
            using var client = Server.CreateClient();
            var response = await client.GetAsync("/health/ready");
            var body = await response.Content.ReadAsStringAsync();

            using (Assert.EnterMultipleScope())
            {
                Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
                Assert.That(body, Does.Contain(Script));
            }
        }
        finally
        {
            await connection.ExecuteAsync(
                "INSERT INTO " + SchemaMigrator.JournalTable + " (ScriptName, Applied) VALUES (@Name, @Applied)", new { journal.Name, journal.Applied });
        }
    }
}
