using DashboardKpi.Ingest.Jobs.RuleVersions;
using Microsoft.Extensions.DependencyInjection;

namespace DashboardKpi.Scoring.Tests.Support;

/// <summary>
/// Rule files a release might ship, for starting an installation with them: v1 (a byte copy of the file shipped
/// before v2) and a small v2 sample (v1 with version 2, the S21 yellow cut at 10 instead of 5, and change notes).
/// </summary>
public static class ShippedFiles
{
    public static string V1Text() => File.ReadAllText(TestRules.Path("Rules", "v1.json"));

    public static string V2SampleText() => File.ReadAllText(TestRules.Path("Rules", "v2-sample.json"));

    /// <summary>Registers <paramref name="text"/> as the shipped rule file (replacing the embedded one).</summary>
    public static Action<IServiceCollection> Ship(string text) => services => services.AddSingleton(new ShippedRuleFile(text));
}
