using DashboardKpi.Scoring.Engine.Model;
using DashboardKpi.Scoring.Engine.Text;

namespace DashboardKpi.Dashboard.Web.Methodology;

/// <summary>The fixed wording of the Methodology page: how a value is computed, the missing-data rule, the overall method.</summary>
public static class MethodologyWords
{
    public static LocalizedText BasisName(ThresholdBasis basis) => basis switch
    {
        ThresholdBasis.Official => new("Chính thức", "Official"),
        ThresholdBasis.Adopted => new("Thành phố ban hành", "Adopted by the city"),
        _ => new("Đề xuất", "Proposed"),
    };

    public static LocalizedText Group(CriterionGroup group) =>
        group == CriterionGroup.Common ? new("Nhiệm vụ chung", "Common task") : new("Nhiệm vụ cụ thể", "Specific task");

    public static string UnitTypeCode(UnitType type) => type switch
    {
        UnitType.Phuong => "phuong",
        UnitType.Xa => "xa",
        _ => "dac_khu",
    };

    private static LocalizedText UnitTypeName(UnitType type) => type switch
    {
        UnitType.Phuong => new("phường", "wards"),
        UnitType.Xa => new("xã", "communes"),
        _ => new("đặc khu", "special zones"),
    };

    public static LocalizedText Validity(Period? from, Period? to) => (from, to) switch
    {
        (null, null) => new("Suốt thời gian bộ quy tắc có hiệu lực", "Throughout the rule set"),
        ({ } f, null) => Fill("Từ {0}", "From {0}", Words.PeriodName(f)),
        (null, { } t) => Fill("Đến hết {0}", "Up to and including {0}", Words.PeriodName(t)),
        ({ } f, { } t) => Fill("Từ {0} đến hết {1}", "From {0} up to and including {1}", Words.PeriodName(f), Words.PeriodName(t)),
    };

    public static LocalizedText AppliesTo(ThresholdOverride o)
    {
        var parts = new List<LocalizedText>();
        if (o.UnitTypes.Count > 0)
        {
            var names = o.UnitTypes.Select(UnitTypeName).ToList();
            parts.Add(new(string.Join(", ", names.Select(n => n.Vi)), string.Join(", ", names.Select(n => n.En))));
        }

        if (o.FromPeriod is not null || o.ToPeriod is not null)
        {
            parts.Add(Validity(o.FromPeriod, o.ToPeriod));
        }

        return parts.Count == 0 ? new("Mọi đơn vị", "Every unit") : new(string.Join("; ", parts.Select(p => p.Vi)), string.Join("; ", parts.Select(p => p.En)));
    }

    /// <summary>How the rated value is obtained, in words a ward chair can check against the report.</summary>
    public static LocalizedText Computation(RuleSet rules, Indicator indicator)
    {
        string NameOf(string code, Language language) => rules.FindIndicator(code)?.Name.In(language) ?? code;
        if (indicator.Share is { } share)
        {
            return new(
                $"Tỷ lệ tính từ hai số liệu đơn vị cấp xã báo cáo: {NameOf(share.Part, Language.Vi)} trên {NameOf(share.Whole, Language.Vi)}.",
                $"A share computed from two reported counts: {NameOf(share.Part, Language.En)} of {NameOf(share.Whole, Language.En)}.");
        }

        if (indicator.PerCapita is { } perCapita)
        {
            return new(
                $"Tính trên {NumberText.Format(perCapita.Per, Language.Vi)} dân: {NameOf(perCapita.Of, Language.Vi)} chia cho dân số của đơn vị, nhân {NumberText.Format(perCapita.Per, Language.Vi)}.",
                $"Per {NumberText.Format(perCapita.Per, Language.En)} residents: {NameOf(perCapita.Of, Language.En)} divided by the unit's population, times {NumberText.Format(perCapita.Per, Language.En)}.");
        }

        if (indicator.Accumulate is { } accumulate)
        {
            return accumulate.Over == AccumulationWindow.YearToDate
                ? new($"Cộng dồn từ tháng 1 đến tháng được chấm: {NameOf(accumulate.Of, Language.Vi)} của từng tháng.",
                    $"Accumulated from January to the rated month: the monthly {NameOf(accumulate.Of, Language.En)}.")
                : new($"Cộng dồn 12 tháng gần nhất, tính đến tháng được chấm: {NameOf(accumulate.Of, Language.Vi)} của từng tháng.",
                    $"Accumulated over the 12 months ending at the rated month: the monthly {NameOf(accumulate.Of, Language.En)}.");
        }

        var unit = indicator.Unit;
        return indicator.Kind switch
        {
            IndicatorKind.Ratio => new(
                $"Tỷ lệ: số {unit?.Vi ?? "đạt"} đạt trên tổng số, đơn vị báo cáo cả hai số (ví dụ 17/40); nếu chỉ có tỷ lệ % thì chấm theo tỷ lệ đó.",
                $"A share: {unit?.En ?? "items"} meeting it of the total, both reported (e.g. 17/40); a percentage reported without a count is rated as it is."),
            IndicatorKind.Count => new($"Số lượng trong tháng ({unit?.Vi}), đơn vị báo cáo.", $"A count in the month ({unit?.En}), as reported."),
            IndicatorKind.Percentage => new("Tỷ lệ phần trăm, đơn vị báo cáo.", "A percentage, as reported."),
            IndicatorKind.YesNo => new("Có hoặc không, đơn vị báo cáo: có là xanh, không là đỏ.", "Yes or no, as reported: yes is green, no is red."),
            _ => new(
                "Nhiệm vụ: đã hoàn thành (kèm ngày), đang thực hiện hoặc chưa bắt đầu; xong trước hạn là xanh, chưa xong khi còn hạn là vàng, quá hạn là đỏ.",
                "A task: done (with its date), in progress or not started; done by the deadline is green, not done before it yellow, overdue red."),
        };
    }

    public static LocalizedText Missing(MissingValuePolicy missing) => missing.Strategy switch
    {
        MissingValueStrategy.Red => new("Không báo cáo: đỏ.", "Not reported: red."),
        MissingValueStrategy.CarryForward => Fill(
            "Không báo cáo: dùng giá trị gần nhất trong {0} tháng trước, ghi rõ là số liệu cũ" + (missing.WithinYear ? ", chỉ trong cùng năm." : "."),
            "Not reported: the latest value of up to {0} earlier months is used and marked as old" + (missing.WithinYear ? ", within the same calendar year only." : "."),
            Number(missing.Periods)),
        MissingValueStrategy.HoldState => Fill(
            "Không báo cáo: giữ trạng thái đã báo cáo gần nhất (trong {0} tháng), ghi rõ kỳ báo cáo.",
            "Not reported: the last reported state holds (within {0} months), naming the period it was reported in.",
            Number(MissingValuePolicy.HoldStatePeriods)),
        _ => new("Không báo cáo: không có màu (xám, \"chưa có dữ liệu\").", "Not reported: no colour (grey, \"no data\")."),
    };

    public static LocalizedText MinDenominator(decimal min, Indicator indicator) => Fill(
        "Dưới {0} {1} (mẫu số) thì \"chưa đủ dữ liệu\" (xám), không phải đỏ.",
        "Below {0} {1} (the whole) it is \"insufficient data\" (grey), not red.",
        Number(min), indicator.Unit ?? new LocalizedText("", ""));

    public static LocalizedText CriticalShare(CriticalShareAggregation c)
    {
        var codes = string.Join(", ", c.Critical);
        var rule = Fill(
            "Đỏ nếu có tiêu chí trọng yếu ({0}) đỏ hoặc có từ {1} tiêu chí đỏ trở lên. Xanh nếu mọi tiêu chí trọng yếu đều xanh và ít nhất {2} số tiêu chí được chấm là xanh. Còn lại là vàng. Tiêu chí ngoài hiệu lực không tính.",
            "Red if a critical criterion ({0}) is red or at least {1} criteria are red. Green if every critical criterion is green and at least {2} of the rated criteria are green. Otherwise yellow. Criteria not in force do not count.",
            new(codes, codes), Number(c.RedCriteriaForRed), new(NumberText.Percent(c.GreenSharePercent, Language.Vi), NumberText.Percent(c.GreenSharePercent, Language.En)));
        var unrated = c.UnratedAllowance is { } allowed
            ? Fill(" Được miễn {0} tiêu chí không có màu (chưa có hoặc chưa đủ dữ liệu); mỗi tiêu chí không có màu vượt quá số này tính là chưa xanh, nên báo cáo ít hơn không làm dễ đạt xanh hơn.",
                " Up to {0} criteria may lack a colour (no or insufficient data); each one beyond counts as not green, so reporting less never makes green easier.", Number(allowed))
            : new(" Tiêu chí không có màu không tính vào tỷ lệ xanh.", " Criteria without a colour are left out of the green share.");
        return new(rule.Vi + unrated.Vi, rule.En + unrated.En);
    }

    public static LocalizedText Points(PointsAggregation p) => Fill(
        "Mỗi tiêu chí được điểm = min(1, giá trị / mức đủ điểm) × điểm tối đa; tổng {0} điểm; xanh từ {1} điểm, vàng từ {2} điểm, còn lại đỏ.",
        "Each criterion earns min(1, value / full-score value) × its maximum points; {0} points in all; green from {1}, yellow from {2}, otherwise red.",
        Number(p.TotalPoints), Number(p.GreenBand), Number(p.YellowBand));

    public static LocalizedText Boundary(RuleSet rules)
    {
        var inclusive = rules.Boundary == Scoring.Engine.Model.Boundary.Inclusive;
        var stated = inclusive ? rules.Texts.BoundaryInclusive : rules.Texts.BoundaryExclusive;
        var words = inclusive
            ? new LocalizedText(
                "Giá trị đúng bằng ngưỡng được mức tốt hơn: với ngưỡng xanh ≥ 95%, 38/40 máy (95%) là xanh.",
                "A value exactly at a cut earns the better colour: with a green cut of ≥ 95%, 38 of 40 computers (95%) is green.")
            : new LocalizedText(
                "Giá trị phải vượt ngưỡng: với ngưỡng xanh > 95%, 38/40 máy (95%) chưa xanh.",
                "A value must pass the cut: with a green cut of > 95%, 38 of 40 computers (95%) is not green.");
        var exact = new LocalizedText(
            " Tỷ lệ được so sánh chính xác (phần × 100 với ngưỡng × tổng), không làm tròn trước khi so.",
            " Shares are compared exactly (part × 100 against cut × whole), never rounded before the comparison.");
        return new($"{words.Vi}{exact.Vi} ({stated.Vi})", $"{words.En}{exact.En} ({stated.En})");
    }

    private static LocalizedText Number(decimal value) => new(NumberText.Format(value, Language.Vi), NumberText.Format(value, Language.En));

    private static LocalizedText Fill(string vi, string en, params LocalizedText[] args) => new(
        string.Format(System.Globalization.CultureInfo.InvariantCulture, vi, [.. args.Select(a => (object)a.Vi)]),
        string.Format(System.Globalization.CultureInfo.InvariantCulture, en, [.. args.Select(a => (object)a.En)]));
}
