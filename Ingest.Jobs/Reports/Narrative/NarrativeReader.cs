using System.Globalization;
using System.Text;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>
/// Reads a narrative Plan 02 report (text only, no I/O): splits it into task sections, then per indicator of the
/// reading rules finds the values of its shape in its section's sentences, near its phrases, and proposes one.
/// Figures in a target sentence ("phấn đấu", "chỉ tiêu", …) are never proposed; a figure read twice differently is
/// flagged with both values, not picked; a section that mentions the indicator without a readable value says so.
/// </summary>
public static class NarrativeReader
{
    public static NarrativeReading Read(string text, ReadingRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        rules ??= ReadingRules.Shipped;
        var normalized = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        var sections = ReportSections.Split(normalized);
        var byTask = sections.GroupBy(s => s.Task, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var context = new RuleKeys(rules);
        var proposals = new List<ReportProposal>();
        foreach (var indicator in rules.Indicators)
        {
            var found = indicator.Tasks.Where(byTask.ContainsKey).Select(t => byTask[t]).ToList();
            if (found.Count == 0)
            {
                proposals.Add(Missing(indicator, indicator.Tasks[0],
                    $"Không tìm thấy mục nhiệm vụ {indicator.Tasks[0]} trong báo cáo.", $"Task section {indicator.Tasks[0]} was not found in the report."));
                continue;
            }

            var sentences = found.SelectMany(s => Sentence.Of(normalized, s)).ToList();
            proposals.Add(indicator.Shape switch
            {
                ValueShape.Task => TaskReader.Read(indicator, normalized, found[0], sentences),
                ValueShape.YesNo when indicator.FromStatus => TaskReader.ReadYesNo(indicator, normalized, found[0], sentences),
                ValueShape.YesNo => ReadYesNo(indicator, sentences, context),
                _ => ReadFigure(indicator, sentences, context),
            });
        }

        return new NarrativeReading(normalized, sections, proposals, rules.Version);
    }

    internal static ReportProposal Missing(IndicatorReading indicator, string task, string vi, string en) => new()
    {
        IndicatorCode = indicator.Code, Task = task, Shape = indicator.Shape, NoteVi = vi, NoteEn = en, Place = task,
    };

    private static ReportProposal ReadFigure(IndicatorReading indicator, List<Sentence> sentences, RuleKeys keys)
    {
        var candidates = new List<Candidate>();
        var targets = new List<Candidate>();
        foreach (var sentence in sentences)
        {
            foreach (var candidate in FigureCandidates.Find(indicator, sentence, keys))
            {
                (keys.IsTarget(sentence, candidate.KeyStart) ? targets : candidates).Add(candidate);
            }
        }

        if (indicator.Shape == ValueShape.Ratio && candidates.Any(c => !c.IsPercentOnly))
        {
            candidates.RemoveAll(c => c.IsPercentOnly);
        }

        return Choose(indicator, sentences, candidates, targets, keys);
    }

    private static ReportProposal ReadYesNo(IndicatorReading indicator, List<Sentence> sentences, RuleKeys keys)
    {
        var all = indicator.All.Select(KeyText.Of).ToList();
        var any = indicator.Any.Select(KeyText.Of).ToList();
        var candidates = new List<Candidate>();
        var targets = new List<Candidate>();
        foreach (var sentence in sentences)
        {
            var key = sentence.Key.Key;
            foreach (var phrase in any)
            {
                for (var at = key.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = key.IndexOf(phrase, at + 1, StringComparison.Ordinal))
                {
                    var (clauseStart, clauseEnd) = (sentence.ClauseStart(at), sentence.ClauseEnd(at));
                    var clause = key[clauseStart..clauseEnd];
                    if (!all.All(a => clause.Contains(a, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    var window = key[Math.Max(clauseStart, at - 14)..at];
                    var negated = keys.Negations.Any(n => window.Contains(n, StringComparison.Ordinal));
                    var candidate = new Candidate(negated ? "không" : "có", sentence, at, phrase.Length, 0.8);
                    (keys.IsTarget(sentence, at) ? targets : candidates).Add(candidate);
                }
            }
        }

        return Choose(indicator, sentences, candidates, targets, keys);
    }

    private static ReportProposal Choose(IndicatorReading indicator, List<Sentence> sentences, List<Candidate> candidates, List<Candidate> targets, RuleKeys keys)
    {
        var task = sentences.Count > 0 ? sentences[0].Task : indicator.Tasks[0];
        var values = candidates.GroupBy(c => c.Value, StringComparer.Ordinal).ToList();
        if (values.Count > 1)
        {
            var listed = string.Join(" | ", values.Select(v => v.Key));
            var first = values[0].First();
            return Proposal(indicator, first) with
            {
                Value = null,
                Confidence = 0,
                NoteVi = $"Báo cáo ghi hai giá trị khác nhau ({listed}); hãy chọn giá trị đúng.",
                NoteEn = $"The report gives different values ({listed}); choose the right one.",
            };
        }

        if (values.Count == 1)
        {
            return Proposal(indicator, values[0].OrderByDescending(c => c.Confidence).First());
        }

        if (targets.Count > 0)
        {
            var target = targets[0];
            return Proposal(indicator, target) with
            {
                Value = null,
                Confidence = 0,
                NoteVi = $"Chỉ thấy chỉ tiêu, mục tiêu ({target.Value}), không phải kết quả thực hiện.",
                NoteEn = $"Only a target was found ({target.Value}), not the commune's figure.",
            };
        }

        var seen = keys.SeenPhrase(indicator, sentences);
        return seen is { } s
            ? Missing(indicator, task, $"Có nhắc đến ở mục {task} nhưng không đọc được giá trị.", $"Mentioned in {task}, but no value could be read.") with
            {
                Evidence = s.Sentence.Evidence, MatchStart = s.Start, MatchLength = s.Length, Place = s.Sentence.Place,
            }
            : Missing(indicator, task, $"Mục {task} không có giá trị này.", $"Section {task} does not give this value.");
    }

    internal static ReportProposal Proposal(IndicatorReading indicator, Candidate candidate)
    {
        var (start, length) = candidate.Sentence.Span(candidate.KeyStart, candidate.KeyLength);
        var original = candidate.Sentence.Original.Substring(start, length);
        var repaired = !string.Equals(KeyText.RepairDigits(original), original, StringComparison.Ordinal);
        return new ReportProposal
        {
            IndicatorCode = indicator.Code,
            Task = candidate.Sentence.Task,
            Shape = indicator.Shape,
            Value = candidate.Value,
            Evidence = candidate.Sentence.Evidence,
            MatchStart = start,
            MatchLength = length,
            Confidence = Math.Round(repaired ? candidate.Confidence - 0.2 : candidate.Confidence, 2),
            Place = candidate.Sentence.Place,
            NoteVi = repaired ? "Số đã được sửa lỗi nhận dạng ký tự (OCR); hãy kiểm tra." : null,
            NoteEn = repaired ? "The number was repaired from OCR confusions; check it." : null,
        };
    }

    internal static string Format(decimal number) => number.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');
}

/// <summary>A value found in a sentence: its text for the import, where (key span) and how sure.</summary>
internal sealed record Candidate(string Value, Sentence Sentence, int KeyStart, int KeyLength, double Confidence, bool IsPercentOnly = false);
