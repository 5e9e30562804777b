namespace DashboardKpi.Scoring.Tests.Architecture;

public class BenchmarkDependencyTests
{
    [Test]
    public void RulesEngineAndBenchmarkDotNet_AreReferencedByScoringBenchOnly()
    {
        // Microsoft RulesEngine compiles expression strings at run time: it is the benchmark's comparison point and
        // must never reach the engine, the jobs or the web (rules are data, not code). The benchmark's own
        // agreement check therefore runs with "dotnet run --project Scoring.Bench -- --check", not from here.
        var root = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", ".."));
        var offenders = Directory.EnumerateFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetFileName(f) != "Scoring.Bench.csproj")
            .SelectMany(f => new[] { "\"RulesEngine\"", "\"BenchmarkDotNet\"", "Scoring.Bench.csproj" }
                .Where(package => File.ReadAllText(f).Contains(package, StringComparison.Ordinal))
                .Select(package => $"{Path.GetFileName(f)}: {package}"))
            .ToList();

        Assert.That(File.Exists(Path.Combine(root, "Scoring.Bench", "Scoring.Bench.csproj")), Is.True, root);
        Assert.That(offenders, Is.Empty);
    }
}
