using System.Reflection;
using System.Text;
using DashboardKpi.Ingest.Jobs.Storage;

namespace DashboardKpi.Ingest.Jobs.Migrations;

/// <summary>
/// The db/sqlite, db/sqlserver or db/postgresql scripts embedded in this assembly, in ordinal order of their dated names.
/// The journal records the bare file name, so every dialect journals the same names.
/// </summary>
public static class MigrationScripts
{
    public static IReadOnlyList<MigrationScript> For(StorageProvider provider)
    {
        var prefix = "db/" + Folder(provider) + "/";
        var assembly = typeof(MigrationScripts).Assembly;
        return assembly.GetManifestResourceNames()
            .Select(resource => (Resource: resource, Normalised: resource.Replace('\\', '/')))
            .Where(r => r.Normalised.StartsWith(prefix, StringComparison.Ordinal)
                && r.Normalised.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => new MigrationScript(r.Normalised[prefix.Length..], Read(assembly, r.Resource)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The folder under db/ that holds the scripts of a provider.</summary>
    public static string Folder(StorageProvider provider) => provider switch
    {
        StorageProvider.SqlServer => "sqlserver",
        StorageProvider.PostgreSql => "postgresql",
        _ => "sqlite",
    };

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded migration " + resource);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
