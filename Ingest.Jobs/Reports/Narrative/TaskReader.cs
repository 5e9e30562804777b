using System.Globalization;
using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>
/// A task's state from its section's status part (after the title's colon): "chưa thực hiện" not started, "đang thực
/// hiện" in progress (with "dự kiến hoàn thành …" as its due note), "đã …" / "hoàn thành" done with the first date
/// after it. "dự kiến hoàn thành" is a plan, never "done".
/// </summary>
internal static partial class TaskReader
{
    private static readonly string[] _notStarted = Keys("chưa thực hiện", "chưa triển khai", "chưa bắt đầu", "chưa thành lập", "chưa ban hành");
    private static readonly string[] _inProgress = Keys("đang thực hiện", "đang triển khai", "đang xây dựng", "đang tiến hành", "chưa hoàn thành", "đang hoàn thiện", "đang rà soát");
    private static readonly string[] _inUse = Keys("đang sử dụng", "đang vận hành", "đang duy trì");
    private static readonly string[] _done = Keys("hoàn thành", "đã thực hiện");
    private static readonly string[] _plans = Keys("dự kiến", "chưa", "phấn đấu", "kế hoạch");
    private static readonly string _da = KeyText.Of("đã");

    private static string[] Keys(params string[] phrases) => [.. phrases.Select(KeyText.Of)];

    public static ReportProposal Read(IndicatorReading indicator, string text, ReportSection section, List<Sentence> sentences)
    {
        var state = Classify(text, section, sentences);
        if (state is null)
        {
            return NarrativeReader.Missing(indicator, section.Task, $"Không đọc được tình trạng của nhiệm vụ {section.Task}.", $"The state of task {section.Task} could not be read.");
        }

        var (value, sentence, keyStart, keyLength, confidence, noteVi, noteEn) = state.Value;
        return NarrativeReader.Proposal(indicator, new Candidate(value, sentence, keyStart, keyLength, confidence)) with { NoteVi = noteVi, NoteEn = noteEn };
    }

    public static ReportProposal ReadYesNo(IndicatorReading indicator, string text, ReportSection section, List<Sentence> sentences)
    {
        var state = Classify(text, section, sentences);
        var flag = state?.Value switch
        {
            { } v when v.StartsWith("hoàn thành", StringComparison.Ordinal) => "có",
            "chưa thực hiện" => "không",
            _ => null,
        };
        if (state is null || flag is null)
        {
            return NarrativeReader.Missing(indicator, section.Task, $"Không đọc được có/không ở mục {section.Task}.", $"Yes or no could not be read in {section.Task}.");
        }

        var s = state.Value;
        return NarrativeReader.Proposal(indicator, new Candidate(flag, s.Sentence, s.KeyStart, s.KeyLength, s.Confidence));
    }

    private static (string Value, Sentence Sentence, int KeyStart, int KeyLength, double Confidence, string? NoteVi, string? NoteEn)? Classify(
        string text, ReportSection section, List<Sentence> sentences)
    {
        var colon = text.IndexOf(':', section.Start, section.End - section.Start);
        var statusFrom = colon < 0 ? section.Start : colon + 1;
        foreach (var sentence in sentences.Where(s => s.Start + s.Original.Length > statusFrom))
        {
            var skip = Math.Max(0, statusFrom - sentence.Start);
            var key = sentence.Key.Key;
            var from = 0;
            while (from < key.Length && sentence.Key.Origin(from) < skip)
            {
                from++;
            }

            if (Find(key, from, _notStarted) is { } notStarted)
            {
                return ("chưa thực hiện", sentence, notStarted.At, notStarted.Length, 0.75, null, null);
            }

            if (Find(key, from, _inProgress) is { } inProgress)
            {
                var due = Due().Match(sentence.Original, Math.Min(skip, sentence.Original.Length));
                return ("đang thực hiện", sentence, inProgress.At, inProgress.Length, 0.75,
                    due.Success ? "Hạn dự kiến: " + due.Groups["due"].Value.Trim() : null, due.Success ? "Due: " + due.Groups["due"].Value.Trim() : null);
            }

            if (Find(key, from, _inUse) is { } inUse)
            {
                return ("hoàn thành", sentence, inUse.At, inUse.Length, 0.6,
                    "Đang sử dụng: coi là đã hoàn thành; hãy kiểm tra.", "In use: read as done; check it.");
            }

            var done = Find(key, from, _done);
            if (done is { } d && _plans.Any(p => key[Math.Max(from, d.At - 12)..d.At].Contains(p, StringComparison.Ordinal)))
            {
                done = null;
            }

            var startsDone = key.AsSpan(from).TrimStart(".,-)( ").StartsWith(_da, StringComparison.Ordinal) && !key.AsSpan(from).TrimStart(".,-)( ").StartsWith("dang", StringComparison.Ordinal);
            if (done is null && !startsDone)
            {
                continue;
            }

            var at = done?.At ?? from;
            var date = Date().Match(KeyText.RepairDigits(sentence.Original), Math.Min(skip, sentence.Original.Length));
            var value = date.Success && DateOnly.TryParseExact($"{date.Groups["d"].Value}/{date.Groups["m"].Value}/{date.Groups["y"].Value}", "d/M/yyyy",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var on)
                ? "hoàn thành " + on.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : "hoàn thành";
            return (value, sentence, at, done?.Length ?? Math.Min(2, key.Length - at), date.Success ? 0.85 : 0.75, null, null);
        }

        return null;
    }

    private static (int At, int Length)? Find(string key, int from, string[] phrases)
    {
        (int At, int Length)? best = null;
        foreach (var phrase in phrases)
        {
            var at = key.IndexOf(phrase, from, StringComparison.Ordinal);
            if (at >= 0 && (best is null || at < best.Value.At))
            {
                best = (at, phrase.Length);
            }
        }

        return best;
    }

    [GeneratedRegex(@"(?<d>\d{1,2})\s*[/.\-]\s*(?<m>\d{1,2})\s*[/.\-]\s*(?<y>\d{4})")]
    private static partial Regex Date();

    [GeneratedRegex(@"(?i:dự kiến|du kien)(?<due>[^.;]{0,60})")]
    private static partial Regex Due();
}
