using System.Globalization;
using DashboardKpi.Scoring.Engine.Evaluation;
using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Scoring.Engine.Text;

/// <summary>
/// The sentences of a stability rule (<see cref="StabilityRule"/>): why a colour stays ("Vẫn giữ mức xanh: tháng đầu tiên
/// dưới ngưỡng, 94,8% so với 95%") or why it changed now. Built in rather than templates in the rule file, like the
/// sentence of a criterion not in force: a rule file that turns stability on needs no new texts.
/// </summary>
internal static class StabilityWords
{
    /// <param name="measure">The value and the cut it is compared with, as written ("94,8%", "95%"), and where the value sits; null for yes/no and tasks.</param>
    public static LocalizedText? Criterion(StabilityRule rule, ColourStability stability, (LocalizedText Value, LocalizedText Cut, int Side)? measure, LocalizedText? bandText) =>
        stability.Decision switch
        {
            StabilityDecision.Held => Held(new("Vẫn giữ mức", "Stays"), rule, stability, measure, bandText),
            StabilityDecision.ChangedAfterHold => AfterHold(new("Đổi sang mức", "Changed to"), stability.Published!.Value, rule.HoldPeriods!.Value),
            StabilityDecision.ChangedPastBand when measure is { } m && bandText is not null => new(
                $"Đổi sang mức {Words.ColourName(stability.Published!.Value).Vi} ngay: {m.Value.Vi} so với {m.Cut.Vi}, vượt ngưỡng quá {bandText.Vi}.",
                $"Changed to {Words.ColourName(stability.Published!.Value).En} at once: {m.Value.En} against {m.Cut.En}, more than {bandText.En} past the cut."),
            _ => null,
        };

    public static LocalizedText? Overall(StabilityRule rule, ColourStability stability) => stability.Decision switch
    {
        StabilityDecision.Held => Held(new("Mức chung vẫn giữ", "Overall stays"), rule, stability, null, null),
        StabilityDecision.ChangedAfterHold => AfterHold(new("Mức chung đổi sang", "Overall changed to"), stability.Published!.Value, rule.HoldPeriods!.Value),
        _ => null,
    };

    private static LocalizedText Held(LocalizedText lead, StabilityRule rule, ColourStability stability, (LocalizedText Value, LocalizedText Cut, int Side)? measure, LocalizedText? bandText)
    {
        var held = Words.ColourName(stability.Published!.Value);
        var (nthVi, nthEn) = (stability.Streak == 1 ? "tháng đầu tiên" : Invariant($"tháng thứ {stability.Streak}"), Ordinal(stability.Streak) + " month");
        var what = measure is { } m
            ? new LocalizedText(
                $"{nthVi} {Side(m.Side).Vi} ngưỡng, {m.Value.Vi} so với {m.Cut.Vi}",
                $"{nthEn} {Side(m.Side).En} the cut, {m.Value.En} against {m.Cut.En}")
            : new LocalizedText(
                $"{nthVi} có kết quả {Words.ColourName(stability.Raw!.Value).Vi}",
                $"{nthEn} rated {Words.ColourName(stability.Raw!.Value).En}");
        var condition = Condition(rule, measure is null ? null : bandText);
        return new(
            $"{lead.Vi} {held.Vi}: {what.Vi} ({condition.Vi}).",
            $"{lead.En} {held.En}: {what.En} ({condition.En}).");
    }

    private static LocalizedText Condition(StabilityRule rule, LocalizedText? bandText) => (rule.HoldPeriods, bandText) switch
    {
        ({ } periods, { } band) => new(
            Invariant($"màu chỉ đổi khi kết quả mới giữ đủ {periods} tháng liên tiếp hoặc khi giá trị vượt ngưỡng quá {band.Vi}"),
            Invariant($"the colour changes only once the new result has held for {periods} consecutive months or the value is more than {band.En} past the cut")),
        ({ } periods, null) => new(
            Invariant($"màu chỉ đổi khi kết quả mới giữ đủ {periods} tháng liên tiếp"),
            Invariant($"the colour changes only once the new result has held for {periods} consecutive months")),
        (null, { } band) => new(
            $"màu chỉ đổi khi giá trị vượt ngưỡng quá {band.Vi}",
            $"the colour changes only once the value is more than {band.En} past the cut"),
        _ => new("màu chỉ đổi khi thay đổi đủ lâu", "the colour changes only once the change lasts"),
    };

    private static LocalizedText AfterHold(LocalizedText lead, Rating published, int periods) => new(
        Invariant($"{lead.Vi} {Words.ColourName(published).Vi}: kết quả mới đã giữ {periods} tháng liên tiếp."),
        Invariant($"{lead.En} {Words.ColourName(published).En}: the new result has held for {periods} consecutive months."));

    private static LocalizedText Side(int side) => side switch
    {
        < 0 => new("dưới", "below"),
        > 0 => new("trên", "above"),
        _ => new("đúng", "at"),
    };

    private static string Ordinal(int n) => n switch
    {
        1 => "first",
        2 => "second",
        3 => "third",
        _ => Invariant($"{n}th"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
