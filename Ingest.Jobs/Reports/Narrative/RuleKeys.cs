namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>The reading rules' shared phrases as keys, computed once per reading.</summary>
internal sealed class RuleKeys(ReadingRules rules)
{
    public IReadOnlyList<string> Targets { get; } = rules.TargetMarkers.Select(KeyText.Of).Where(k => k.Length > 0).ToList();

    public IReadOnlyList<string> Negations { get; } = rules.Negations.Select(KeyText.Of).Where(k => k.Length > 0).ToList();

    /// <summary>A figure is a target when its sentence names a target before it ("phấn đấu … 1.000 hồ sơ").</summary>
    public bool IsTarget(Sentence sentence, int keyStart)
    {
        var before = sentence.Key.Key[..Math.Clamp(keyStart, 0, sentence.Key.Key.Length)];
        return Targets.Any(t => before.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>The first phrase of the indicator seen in its sections, for "seen but not understood".</summary>
    public (Sentence Sentence, int Start, int Length)? SeenPhrase(IndicatorReading indicator, IEnumerable<Sentence> sentences)
    {
        var phrases = indicator.Patterns.SelectMany(p => p.Lead.Concat(p.Unit)).Concat(indicator.Any)
            .Select(KeyText.Of).Where(k => k.Length >= 4).Distinct(StringComparer.Ordinal).ToList();
        foreach (var sentence in sentences)
        {
            foreach (var phrase in phrases)
            {
                var at = sentence.Key.Key.IndexOf(phrase, StringComparison.Ordinal);
                if (at >= 0)
                {
                    var (start, length) = sentence.Span(at, phrase.Length);
                    return (sentence, start, length);
                }
            }
        }

        return null;
    }
}
