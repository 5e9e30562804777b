using System.Globalization;

namespace DashboardKpi.Ingest.Jobs.Validation;

/// <summary>Why a row was quarantined: a stable code and the message in Vietnamese and English.</summary>
public sealed record QuarantineReason(string Code, string MessageVi, string MessageEn)
{
    private static readonly Dictionary<string, (string Vi, string En)> _messages = new()
    {
        ["row.tooFewCells"] = ("Dòng thiếu cột: cần đủ mã xã, kỳ báo cáo, mã chỉ tiêu và giá trị.", "The row has too few cells: it needs commune code, period, indicator code and value."),
        ["commune.missing"] = ("Thiếu mã xã.", "The commune code is missing."),
        ["commune.unknown"] = ("Mã xã '{0}' không thuộc 168 đơn vị hành chính cấp xã của Thành phố và không có trong bảng sắp xếp cũ–mới.", "Commune code '{0}' is not one of the city's 168 units nor a known pre-merger code."),
        ["commune.ambiguousOldCode"] = ("Mã cũ '{0}' đã được chia cho nhiều đơn vị mới ({1}); hãy dùng mã đơn vị mới.", "Old code '{0}' was split across several new units ({1}); use the new unit's code."),
        ["period.invalid"] = ("Kỳ báo cáo '{0}' không hợp lệ; dùng dạng 2025-07 hoặc 07/2025.", "Period '{0}' is not valid; write it as 2025-07 or 07/2025."),
        ["period.future"] = ("Kỳ báo cáo {0} chưa đến.", "Period {0} is in the future."),
        ["period.beforeTwoTier"] = ("Kỳ báo cáo {0} trước khi chính quyền hai cấp vận hành (tháng 7/2025).", "Period {0} is before two-tier local government began (July 2025)."),
        ["indicator.unknown"] = ("Mã chỉ tiêu '{0}' không có trong bộ quy tắc đang áp dụng.", "Indicator code '{0}' is not in the active rule set."),
        ["indicator.computedShare"] = ("Chỉ tiêu '{0}' được tính từ '{1}' và '{2}', không nhập trực tiếp; hãy báo cáo hai số lượng đó.", "Indicator '{0}' is computed from '{1}' and '{2}' and is not reported itself; report those two counts."),
        ["indicator.computedAccumulation"] = ("Chỉ tiêu '{0}' được cộng dồn từ số liệu hằng tháng của '{1}', không nhập trực tiếp; hãy báo cáo '{1}' của tháng.", "Indicator '{0}' is summed from the monthly values of '{1}' and is not reported itself; report '{1}' for the month."),
        ["indicator.computedPerCapita"] = ("Chỉ tiêu '{0}' được tính từ '{1}' và dân số của đơn vị, không nhập trực tiếp; hãy báo cáo '{1}'.", "Indicator '{0}' is computed from '{1}' and the unit's population and is not reported itself; report '{1}'."),
        ["value.unparsable"] = ("Không hiểu giá trị '{0}' cho chỉ tiêu dạng {1}. Ví dụ hợp lệ: {2}.", "Value '{0}' cannot be read for a {1} indicator. Valid examples: {2}."),
        ["value.negative"] = ("Giá trị không được âm: '{0}'.", "The value must not be negative: '{0}'."),
        ["value.notWhole"] = ("Số lượng phải là số nguyên: '{0}'.", "A count must be a whole number: '{0}'."),
        ["value.partExceedsWhole"] = ("Tử số lớn hơn mẫu số: '{0}'.", "The part is larger than the whole: '{0}'."),
        ["value.wholeNotPositive"] = ("Mẫu số phải lớn hơn 0: '{0}'.", "The whole must be greater than 0: '{0}'."),
        ["value.percentOutOfRange"] = ("Tỷ lệ phần trăm phải từ 0 đến 100: '{0}'.", "A percentage must be between 0 and 100: '{0}'."),
        ["value.aboveSaneMax"] = ("Giá trị '{0}' vượt mức hợp lý tối đa {1} của chỉ tiêu này; hãy kiểm tra lại.", "Value '{0}' is above this indicator's plausible maximum of {1}; check it."),
        ["value.taskDateMissing"] = ("Nhiệm vụ đã hoàn thành cần ngày hoàn thành, ví dụ 'hoàn thành 15/07/2025'.", "A done task needs its completion date, e.g. 'done 2025-07-15'."),
        ["value.taskDateFuture"] = ("Ngày hoàn thành {0} chưa đến.", "The completion date {0} is in the future."),
        ["value.corrected"] = ("Đã có giá trị đính chính cho chỉ tiêu {0} kỳ {1} từ một khiếu nại được chấp nhận (lần nhập số {2}): {3}. Giá trị trong tệp khác giá trị này nên bị tạm giữ; muốn thay đổi, hãy gửi khiếu nại.",
            "A corrected value exists for indicator {0}, period {1} from an accepted dispute (run {2}): {3}. The file's value disagrees with it and is quarantined; file a dispute to change it."),
        ["row.duplicate"] = ("Giá trị này đã có ở dòng {0} của cùng tệp (cùng xã, kỳ, chỉ tiêu).", "This value already appears in row {0} of the same file (same commune, period, indicator)."),
    };

    public static IReadOnlyCollection<string> Codes => _messages.Keys;

    public static QuarantineReason Of(string code, params object?[] args)
    {
        var (vi, en) = _messages[code];
        var shown = args.Select(Shorten).ToArray();
        return new QuarantineReason(code, string.Format(CultureInfo.InvariantCulture, vi, shown), string.Format(CultureInfo.InvariantCulture, en, shown));
    }

    /// <summary>A message quotes what was typed, but never a 100,000-character cell: the raw content keeps it whole.</summary>
    private static object? Shorten(object? arg) => arg is string text && text.Length > 80 ? text[..80] + "…" : arg;
}
