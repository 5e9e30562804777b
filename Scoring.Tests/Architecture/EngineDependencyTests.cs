using DashboardKpi.Scoring.Engine.Evaluation;

namespace DashboardKpi.Scoring.Tests.Architecture;

public class EngineDependencyTests
{
    [Test]
    public void ScoringEngine_ReferencesOnlyTheBclAndFluentValidation()
    {
        var offenders = typeof(Scorer).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => !(name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib" or "FluentValidation"))
            .ToList();

        Assert.That(offenders, Is.Empty, "Scoring.Engine must stay pure (no I/O packages, no project references)");
    }

    [Test]
    public void ScoringEngine_UsesNoFileNetworkOrClockApis()
    {
        // Reading the clock or the disk inside the engine would break determinism and purity.
        var forbidden = new[] { "System.IO.File", "System.IO.Directory", "System.Net.Http", "System.DateTime.Now", "DateTime.UtcNow", "DateTimeOffset.Now", "TimeProvider" };
        var sourceRoot = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "Scoring.Engine"));
        var hits = Directory.EnumerateFiles(sourceRoot, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => forbidden.Where(api => File.ReadAllText(f).Contains(api, StringComparison.Ordinal)).Select(api => $"{Path.GetFileName(f)}: {api}"))
            .ToList();

        Assert.That(Directory.Exists(sourceRoot), Is.True, sourceRoot);
        Assert.That(hits, Is.Empty);
    }
}
