using DashboardKpi.Scoring.Engine.Loading;

namespace DashboardKpi.Scoring.Engine;

/// <summary>
/// The rule set shipped with this build (ScoringRules.json at the repository root, embedded in the
/// assembly so the engine and its default rules version together without touching the file system).
/// </summary>
public static class ShippedRules
{
    public const string ResourceName = "ScoringRules.json";

    /// <summary>The shipped rule file's text, for storing as the first rule-set version.</summary>
    public static string ReadText()
    {
        using var stream = typeof(ShippedRules).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static RuleSetReadResult Read() => RuleSetReader.Read(ReadText());
}
