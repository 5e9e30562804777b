using System.Text.Json;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Ingest.Jobs.Ratings;

/// <summary>
/// How <see cref="RatingFacts"/> names a fact that differs, in vi and en: "C7: giá trị đã lưu 17/40 (43 %), tính lại
/// 17/40 (42,5 %)". Written from the facts, never from the stored sentences, and with every decimal place.
/// </summary>
internal static class FactText
{
    internal static LocalizedText Changed(LocalizedText subject, LocalizedText? fact, LocalizedText stored, LocalizedText recomputed) => fact is null
        ? new($"{subject.Vi}: đã lưu {stored.Vi}, tính lại {recomputed.Vi}", $"{subject.En}: stored {stored.En}, recomputed {recomputed.En}")
        : new($"{subject.Vi}: {fact.Vi} đã lưu {stored.Vi}, tính lại {recomputed.Vi}", $"{subject.En}: {fact.En} stored {stored.En}, recomputed {recomputed.En}");

    internal static LocalizedText Colour(Outcome outcome, Rating? rating) => outcome switch
    {
        Outcome.Rated => rating is { } colour ? Words.ColourName(colour) : new("không xếp loại", "not rated"),
        Outcome.NoData => new("chưa có dữ liệu", "no data"),
        Outcome.InsufficientData => new("không đủ dữ liệu", "insufficient data"),
        Outcome.NotInForce => new("ngoài hiệu lực", "not in force"),
    };

    internal static LocalizedText Value(IndicatorKind kind, MeasuredValue? value)
    {
        if (value is null)
        {
            return None;
        }

        var reported = value.Reported;
        var text = kind switch
        {
            IndicatorKind.Ratio => Both(l => $"{Exact(reported.Number, l)}/{Exact(reported.Whole, l)} ({Percent(value.Percent, l)})"),
            IndicatorKind.Percentage => Both(l => Percent(reported.Number, l)),
            IndicatorKind.YesNo => reported.Flag == true ? new("có", "yes") : new("không", "no"),
            IndicatorKind.Task => TaskState(reported),
            _ => Both(l => Exact(reported.Number, l)),
        };
        var from = Words.PeriodName(value.Period);
        return value.IsStale ? new($"{text.Vi} (từ {from.Vi})", $"{text.En} (carried from {from.En})") : text;
    }

    private static LocalizedText TaskState(IndicatorValue reported)
    {
        if (reported.Task is not { } status)
        {
            return None;
        }

        var name = Words.TaskStatusName(status);
        var on = Words.DateName(reported.CompletedOn);
        return reported.CompletedOn is null ? name : new($"{name.Vi} ngày {on.Vi}", $"{name.En} on {on.En}");
    }

    /// <summary>"xanh 95 % / vàng 80 %", with the direction only when that is what changed.</summary>
    internal static LocalizedText Cuts(IndicatorKind kind, Threshold threshold, bool withDirection)
    {
        if (threshold.Deadline is { } deadline)
        {
            var date = Words.DateName(deadline);
            return new($"hạn {date.Vi}", $"deadline {date.En}");
        }

        string Cut(decimal? cut, Language l) => kind == IndicatorKind.Count ? Exact(cut, l) : Percent(cut, l);
        var cuts = new LocalizedText(
            $"xanh {Cut(threshold.Green, Language.Vi)} / vàng {Cut(threshold.Yellow, Language.Vi)}",
            $"green {Cut(threshold.Green, Language.En)} / yellow {Cut(threshold.Yellow, Language.En)}");
        return !withDirection ? cuts
            : threshold.Direction == Direction.HigherIsBetter ? new($"{cuts.Vi} (cao hơn là tốt hơn)", $"{cuts.En} (higher is better)")
            : new($"{cuts.Vi} (thấp hơn là tốt hơn)", $"{cuts.En} (lower is better)");
    }

    /// <summary>Which override applied, by its scope ("Phuong+Xa 2025-07–…"); the reason written for it is wording.</summary>
    internal static string? Scope(ThresholdOverride? applied) => applied is null ? null
        : $"{(applied.UnitTypes.Count == 0 ? "*" : string.Join("+", applied.UnitTypes))} {applied.FromPeriod?.ToString() ?? "…"}–{applied.ToPeriod?.ToString() ?? "…"}";

    internal static LocalizedText Override(ThresholdOverride? applied) => Scope(applied) is { } scope ? Plain(scope) : None;

    internal static LocalizedText AmountTo(Rating target)
    {
        var colour = Words.ColourName(target);
        return new($"lượng cần để đạt {colour.Vi}", $"amount to {colour.En}");
    }

    internal static LocalizedText Amount(Gap? gap) => gap?.Missing is not { } missing
        ? None
        : gap.Unit is { Vi.Length: > 0 } unit
            ? Both(l => $"{Exact(missing, l)} {Words.UnitFor(missing, unit).In(l)}")
            : Both(l => Exact(missing, l));

    /// <summary>The verdict as stored in the JSON: "criticalRed".</summary>
    internal static LocalizedText Code(Verdict verdict) => Plain(JsonNamingPolicy.CamelCase.ConvertName(verdict.ToString()));

    internal static LocalizedText Number(decimal? value) => value is null ? None : Both(l => Exact(value, l));

    private static LocalizedText None { get; } = new("không có", "none");

    private static LocalizedText Plain(string text) => new(text, text);

    private static LocalizedText Both(Func<Language, string> text) => new(text(Language.Vi), text(Language.En));

    /// <summary>Every decimal place, so that 42.5 and 42.501 never read alike.</summary>
    private static string Exact(decimal? value, Language language) => value is { } v ? NumberText.Format(v, language, maxDecimals: 28) : "—";

    private static string Percent(decimal? value, Language language) => value is null ? "—" : Exact(value, language) + "%";
}
