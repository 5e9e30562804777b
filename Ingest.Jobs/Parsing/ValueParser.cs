using System.Globalization;
using System.Text;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Ingest.Jobs.Parsing;

/// <summary>
/// Understands a cell for an indicator kind: "17/40" or "85,5%" (ratio), "1117" or "1.117" (count), "42,5" / "42,5%" / "42.5"
/// (percentage), "có" / "không" / "yes" / "no" (yes/no), "hoàn thành 15/07/2025" / "done 2025-07-15" /
/// "đang thực hiện" / "not started" (task). Returns null when it cannot; the caller quarantines the row.
/// </summary>
public static class ValueParser
{
    private static readonly string[] _yes = ["có", "co", "yes", "y", "true", "1", "đạt", "x"];
    private static readonly string[] _no = ["không", "khong", "no", "n", "false", "0", "chưa", "chưa đạt"];
    private static readonly string[] _done = ["hoàn thành", "đã hoàn thành", "done", "completed", "xong"];
    private static readonly string[] _inProgress = ["đang thực hiện", "in progress", "inprogress", "đang triển khai"];
    private static readonly string[] _notStarted = ["chưa thực hiện", "chưa bắt đầu", "not started", "notstarted", "chưa triển khai"];
    private static readonly string[] _dateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public static ParsedValue? Parse(IndicatorKind kind, string raw)
    {
        var text = raw.Trim().Normalize(NormalizationForm.FormC);
        var value = kind switch
        {
            IndicatorKind.Ratio => ParseRatio(text),
            IndicatorKind.Count => NumberParser.TryParse(text, wholeNumberExpected: true, out var count) ? new ParsedValue(Number: count) : null,
            IndicatorKind.Percentage => ParsePercentage(text),
            IndicatorKind.YesNo => ParseYesNo(text),
            IndicatorKind.Task => ParseTask(text),
            _ => null,
        };
        return value is null ? null : value with { Kind = kind };
    }

    /// <summary>
    /// "17/40", or a percentage reported without a count: "100%", "85,5 %" (a number as for a percentage, followed by
    /// "%"; stored with no whole, never with an invented count). A plain number is refused: it could be either.
    /// </summary>
    private static ParsedValue? ParseRatio(string text)
    {
        if (text.EndsWith('%'))
        {
            return NumberParser.TryParse(text[..^1], wholeNumberExpected: false, out var percent) ? new ParsedValue(Number: percent) : null;
        }

        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash != text.LastIndexOf('/')
            || !NumberParser.TryParse(text[..slash], wholeNumberExpected: true, out var part)
            || !NumberParser.TryParse(text[(slash + 1)..], wholeNumberExpected: true, out var whole))
        {
            return null;
        }

        return new ParsedValue(Number: part, Whole: whole);
    }

    private static ParsedValue? ParsePercentage(string text)
    {
        var number = text.EndsWith('%') ? text[..^1] : text;
        return NumberParser.TryParse(number, wholeNumberExpected: false, out var percent) ? new ParsedValue(Number: percent) : null;
    }

    private static ParsedValue? ParseYesNo(string text)
    {
        var lower = text.ToLowerInvariant();
        return _yes.Contains(lower) ? new ParsedValue(Flag: true) : _no.Contains(lower) ? new ParsedValue(Flag: false) : null;
    }

    private static ParsedValue? ParseTask(string text)
    {
        var lower = text.ToLowerInvariant().Replace(':', ' ').Trim();
        if (_inProgress.Contains(lower))
        {
            return new ParsedValue(Task: TaskProgress.InProgress);
        }

        if (_notStarted.Contains(lower))
        {
            return new ParsedValue(Task: TaskProgress.NotStarted);
        }

        // "Done" needs its date: a task rated on a deadline is only green with the day it was finished.
        var word = _done.OrderByDescending(w => w.Length).FirstOrDefault(w => lower.StartsWith(w, StringComparison.Ordinal));
        if (word is null)
        {
            return null;
        }

        var rest = lower[word.Length..].Trim();
        if (rest.StartsWith("ngày ", StringComparison.Ordinal) || rest.StartsWith("on ", StringComparison.Ordinal))
        {
            rest = rest[(rest.IndexOf(' ', StringComparison.Ordinal) + 1)..].Trim();
        }

        return DateOnly.TryParseExact(rest, _dateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new ParsedValue(Task: TaskProgress.Done, CompletedOn: date)
            : new ParsedValue(Task: TaskProgress.Done);
    }
}
