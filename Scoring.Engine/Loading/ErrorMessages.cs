using System.Globalization;

namespace DashboardKpi.Scoring.Engine.Loading;

/// <summary>The vi/en message for every validation error code. Codes are stable; messages may be reworded.</summary>
public static class ErrorMessages
{
    private static readonly Dictionary<string, (string Vi, string En)> _messages = new()
    {
        ["json.empty"] = ("Tệp quy tắc trống.", "The rule file is empty."),
        ["json.malformed"] = ("Tệp quy tắc không phải JSON hợp lệ (dòng {0}, cột {1}): {2}", "The rule file is not valid JSON (line {0}, column {1}): {2}"),
        ["required"] = ("Thiếu giá trị bắt buộc.", "A required value is missing."),
        ["name.viMissing"] = ("Thiếu nội dung tiếng Việt.", "The Vietnamese text is missing."),
        ["list.empty"] = ("Danh sách không được để trống.", "The list must not be empty."),
        ["code.invalid"] = ("Mã '{0}' không đúng định dạng (mẫu {1}).", "Code '{0}' does not match the pattern {1}."),
        ["code.duplicate"] = ("Mã '{0}' bị trùng.", "Code '{0}' is used more than once."),
        ["enum.invalid"] = ("Giá trị '{0}' không hợp lệ; chấp nhận: {1}.", "Value '{0}' is not allowed; expected one of: {1}."),
        ["period.invalid"] = ("'{0}' không phải kỳ báo cáo hợp lệ (yyyy-MM).", "'{0}' is not a valid period (yyyy-MM)."),
        ["date.invalid"] = ("'{0}' không phải ngày hợp lệ (yyyy-MM-dd).", "'{0}' is not a valid date (yyyy-MM-dd)."),
        ["number.notPositive"] = ("Giá trị {0} phải lớn hơn 0.", "Value {0} must be greater than 0."),
        ["number.negative"] = ("Giá trị {0} không được âm.", "Value {0} must not be negative."),
        ["computed.twice"] = ("Chỉ tiêu '{0}' chỉ được tính theo một cách: share, accumulate hoặc perCapita.", "Indicator '{0}' can be computed one way only: share, accumulate or perCapita."),
        ["share.notRatio"] = ("Chỉ tiêu '{0}' có phần 'share' nên phải là dạng tỷ lệ (ratio).", "Indicator '{0}' has a 'share', so it must be a ratio."),
        ["share.notCount"] = ("'{0}' phải là chỉ tiêu dạng số lượng (count) do xã báo cáo, không phải tỷ lệ tính ra.", "'{0}' must be a count indicator the commune reports, not a computed share."),
        ["share.sameIndicator"] = ("Phần và tổng không được cùng là chỉ tiêu '{0}'.", "The part and the whole cannot both be indicator '{0}'."),
        ["perCapita.notCount"] = ("Chỉ tiêu '{0}' có phần 'perCapita' nên phải là dạng số lượng (count).", "Indicator '{0}' has a 'perCapita', so it must be a count."),
        ["perCapita.ofNotCount"] = ("'{0}' phải là chỉ tiêu dạng số lượng (count) do xã báo cáo, không phải chỉ tiêu tính ra.", "'{0}' must be a count indicator the commune reports, not a computed one."),
        ["perCapita.per"] = ("Số dân làm mốc {0} phải là 1, 10, 100, 1.000, 10.000 hoặc 100.000.", "Per {0} residents must be 1, 10, 100, 1,000, 10,000 or 100,000."),
        ["indicator.unknown"] = ("Chỉ tiêu '{0}' chưa được khai báo trong danh sách chỉ tiêu.", "Indicator '{0}' is not declared in the indicator list."),
        ["indicator.unitMissing"] = ("Chỉ tiêu dạng tỷ lệ hoặc số lượng cần đơn vị đếm (unit).", "A ratio or count indicator needs a countable unit."),
        ["critical.empty"] = ("Danh sách tiêu chí trọng yếu trống: phương pháp criticalShare cần ít nhất một tiêu chí.", "The critical list is empty: the criticalShare method needs at least one criterion."),
        ["critical.unknown"] = ("Tiêu chí trọng yếu '{0}' không có trong danh sách tiêu chí.", "Critical criterion '{0}' is not in the criteria list."),
        ["aggregation.settingsMissing"] = ("Thiếu phần cấu hình '{0}' cho phương pháp tổng hợp đã chọn.", "The '{0}' settings for the chosen aggregation method are missing."),
        ["accumulate.source"] = ("'{0}' phải là chỉ tiêu dạng số lượng (count) hoặc tỷ lệ (ratio) theo tháng, không phải chỉ tiêu cộng dồn hay tính theo dân số.", "'{0}' must be a monthly count or ratio indicator, not an accumulated or per-capita one."),
        ["accumulate.kindMismatch"] = ("Chỉ tiêu '{0}' cộng dồn '{1}' nên phải cùng dạng {2}.", "Indicator '{0}' accumulates '{1}', so it must be of the same kind, {2}."),
        ["accumulate.withShare"] = ("Chỉ tiêu '{0}' không thể vừa tính từ hai số lượng (share) vừa cộng dồn (accumulate).", "Indicator '{0}' cannot be both a share and an accumulation."),
        ["share.outOfRange"] = ("Tỷ lệ tiêu chí xanh yêu cầu {0} phải lớn hơn 0 và không quá 100.", "The required green share {0} must be above 0 and at most 100."),
        ["threshold.cutsMissing"] = ("Chỉ tiêu dạng số cần cả ngưỡng xanh và ngưỡng vàng.", "A numeric indicator needs both a green and a yellow cut."),
        ["threshold.cutsNotAllowed"] = ("Chỉ tiêu có/không hoặc dạng nhiệm vụ không dùng hướng hay ngưỡng số.", "Yes/no and task indicators take no direction or numeric cuts."),
        ["threshold.deadlineMissing"] = ("Chỉ tiêu dạng nhiệm vụ cần hạn hoàn thành (deadline).", "A task indicator needs a deadline."),
        ["threshold.yellowWrongSide"] = ("Ngưỡng vàng {0} nằm sai phía so với ngưỡng xanh {1} (hướng {2}).", "The yellow cut {0} is on the wrong side of the green cut {1} (direction {2})."),
        ["threshold.cutNotPositive"] = ("Ngưỡng {0} phải lớn hơn 0 khi giá trị càng cao càng tốt.", "Cut {0} must be above 0 when higher is better."),
        ["threshold.cutNegative"] = ("Ngưỡng {0} không được âm.", "Cut {0} must not be negative."),
        ["threshold.cutAbove100"] = ("Ngưỡng {0} là tỷ lệ phần trăm nên không được vượt quá 100.", "Cut {0} is a percentage and must not exceed 100."),
        ["threshold.unreachable"] = ("Ngưỡng {0}% không thể vượt qua khi quy ước biên là 'exclusive'.", "A cut of {0}% cannot be passed under the 'exclusive' boundary convention."),
        ["override.overlap"] = ("Ngưỡng riêng số {0} và số {1} cùng áp dụng cho một loại đơn vị trong cùng kỳ.", "Overrides {0} and {1} both apply to the same unit type in the same period."),
        ["override.periodOrder"] = ("Kỳ bắt đầu {0} sau kỳ kết thúc {1}.", "The first period {0} is after the last period {1}."),
        ["override.empty"] = ("Ngưỡng riêng không thay đổi gì.", "The override changes nothing."),
        ["validity.periodOrder"] = ("Tiêu chí có hiệu lực từ kỳ {0}, sau kỳ cuối cùng còn hiệu lực {1}.", "The criterion takes effect in {0}, after its last period in force {1}."),
        ["minDenominator.notRatio"] = ("Mẫu số tối thiểu chỉ dùng cho chỉ tiêu dạng tỷ lệ.", "A minimum denominator applies to ratio indicators only."),
        ["missing.periods"] = ("Số kỳ được mang sang phải từ 1 đến 12 và chỉ dùng với carryForward.", "Carried periods must be 1 to 12, and only with carryForward."),
        ["missing.withinYear"] = ("Chỉ mang sang trong năm (withinYear) chỉ dùng với chiến lược carryForward.", "Carrying within the year (withinYear) applies to the carryForward strategy only."),
        ["publish.referenceMissing"] = ("Ngưỡng có cơ sở '{0}' cần nêu văn bản, ngày ban hành và điều khoản (reference: document, date, clause); còn thiếu: {1}.", "A threshold with basis '{0}' needs the document, its date and the clause (reference: document, date, clause); missing: {1}."),
        ["publish.rationaleMissing"] = ("Ngưỡng đề xuất cần một câu giải thích vì sao chọn con số này (rationale).", "A proposed threshold needs one sentence on why this number (rationale)."),
        ["publish.aggregationBasisMissing"] = ("Phương pháp tổng hợp cần nêu cơ sở (basis: official, adopted hoặc proposed).", "The aggregation method needs a basis (official, adopted or proposed)."),
        ["publish.aggregationRationaleMissing"] = ("Phương pháp tổng hợp cần nêu lý do chọn phương pháp và các tham số (rationale).", "The aggregation method needs the reason for the method and its parameters (rationale)."),
        ["publish.criticalRationaleMissing"] = ("Danh sách tiêu chí trọng yếu cần nêu lý do vì sao các tiêu chí này là trọng yếu (criticalRationale).", "The critical list needs the reason these criteria are critical (criticalRationale)."),
        ["missing.holdStateKind"] = ("Chiến lược holdState (giữ nguyên trạng thái) chỉ dùng cho chỉ tiêu dạng nhiệm vụ hoặc có/không, không dùng cho chỉ tiêu dạng {0}.", "The holdState strategy applies to task and yes/no indicators only, not to a {0} indicator."),
        ["points.missing"] = ("Phương pháp tính điểm cần khai báo điểm (points) cho mọi tiêu chí.", "The points method needs points on every criterion."),
        ["points.sumMismatch"] = ("Tổng điểm tối đa của các tiêu chí là {0}, khác với tổng điểm {1} đã khai báo.", "The criteria's maximum points add up to {0}, not the declared total {1}."),
        ["points.bandsOrder"] = ("Mức xanh ({0}) phải lớn hơn mức vàng ({1}), mức vàng không âm và mức xanh không vượt tổng điểm ({2}).", "The green band ({0}) must be above the yellow band ({1}), yellow not negative and green at most the total ({2})."),
        ["changes.fromNotEarlier"] = ("Ghi chú thay đổi so sánh với phiên bản {0}, phải là một phiên bản trước phiên bản {1} này.", "The change notes compare with version {0}, which must be an earlier version than this one ({1})."),
        ["criterion.unknown"] = ("Tiêu chí '{0}' không có trong danh sách tiêu chí.", "Criterion '{0}' is not in the criteria list."),
        ["case.valueShape"] = ("Giá trị của chỉ tiêu '{0}' (dạng {1}) cần {2}.", "A value of indicator '{0}' ({1}) needs {2}."),
        ["stability.empty"] = ("Quy tắc ổn định màu cần ít nhất một điều kiện: holdPeriods hoặc deadBand.", "A stability rule needs at least one condition: holdPeriods or deadBand."),
        ["stability.holdPeriods"] = ("Số kỳ giữ màu {0} phải từ 2 đến 12.", "Hold periods {0} must be 2 to 12."),
        ["stability.deadBandKind"] = ("Biên độ ổn định (deadBand) chỉ dùng cho chỉ tiêu dạng số, không dùng cho chỉ tiêu dạng {0}.", "A dead band applies to numeric indicators only, not to a {0} indicator."),
        ["stability.deadBandOverall"] = ("Mức chung chỉ dùng được số kỳ giữ màu (holdPeriods), không dùng biên độ (deadBand).", "The overall colour takes hold periods (holdPeriods) only, not a dead band."),
        ["peers.bandsOrder"] = ("Các mốc dân số {0} phải lớn hơn 0 và tăng dần.", "The population bands {0} must be above 0 and ascending."),
        ["publish.stabilityRationaleMissing"] = ("Quy tắc ổn định màu cần nêu lý do (rationale).", "A stability rule needs its reason (rationale)."),
        ["template.unknownPlaceholder"] = ("Mẫu câu dùng chỗ trống {{{0}}} không được hỗ trợ; dùng được: {1}.", "The template uses an unsupported placeholder {{{0}}}; allowed: {1}."),
    };

    public static IReadOnlyCollection<string> Codes => _messages.Keys;

    public static RuleSetError Create(string path, string code, params object?[] args)
    {
        var (vi, en) = _messages[code];
        return new RuleSetError(path, code, string.Format(CultureInfo.InvariantCulture, vi, args), string.Format(CultureInfo.InvariantCulture, en, args));
    }
}
