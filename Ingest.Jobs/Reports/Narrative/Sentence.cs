using System.Text.RegularExpressions;

namespace DashboardKpi.Ingest.Jobs.Reports.Narrative;

/// <summary>One sentence of a section: its place in the text, its key text, and where its clauses (";" ":") start in the key.</summary>
internal sealed partial class Sentence
{
    private Sentence(string original, int start, int index, string task)
    {
        Original = original;
        Start = start;
        Index = index;
        Task = task;
        Key = KeyText.Build(original);
    }

    public string Original { get; }
    public int Start { get; }
    public int Index { get; }
    public string Task { get; }
    public KeyText Key { get; }

    public string Evidence => Original.Replace('\n', ' ').Replace('\r', ' ');

    public string Place => $"{Task} ¶{Index + 1}";

    /// <summary>Start of the clause holding key position <paramref name="at"/>.</summary>
    public int ClauseStart(int at)
    {
        var key = Key.Key;
        for (var i = Math.Min(at, key.Length) - 1; i >= 0; i--)
        {
            if (key[i] == ';' || key[i] == ':' && !StartsWithNumber(key, i + 1))
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>"Số hồ sơ quá hạn: 17": a colon before a number introduces the value, it does not start a clause.</summary>
    private static bool StartsWithNumber(string key, int at)
    {
        var rest = key.AsSpan(Math.Min(at, key.Length)).TrimStart(' ');
        return rest.Length > 0 && char.IsDigit(rest[0]);
    }

    public int ClauseEnd(int at)
    {
        var i = Key.Key.IndexOfAny([';', ':'], Math.Min(at, Key.Key.Length));
        return i < 0 ? Key.Key.Length : i;
    }

    /// <summary>The original span (relative to the sentence) behind a key span.</summary>
    public (int Start, int Length) Span(int keyStart, int keyLength)
    {
        var (start, end) = Key.OriginalSpan(keyStart, Math.Max(1, keyLength));
        return (start, Math.Max(0, end - start));
    }

    public static IEnumerable<Sentence> Of(string text, ReportSection section)
    {
        var body = text[section.Start..section.End];
        var index = 0;
        var from = 0;
        foreach (Match end in SentenceEnd().Matches(body))
        {
            var to = end.Index + 1;
            if (body.AsSpan(from, to - from).Trim().Length > 0)
            {
                yield return new Sentence(body[from..to], section.Start + from, index++, section.Task);
            }

            from = to;
        }

        if (from < body.Length && body.AsSpan(from).Trim().Length > 0)
        {
            yield return new Sentence(body[from..], section.Start + from, index, section.Task);
        }
    }

    /// <summary>A full stop, "!" or "?" followed by white space or the end: "1.482" and "28/6/2025." stay whole.</summary>
    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
