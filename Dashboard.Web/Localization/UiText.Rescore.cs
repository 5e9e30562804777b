namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>Whether a period's colours are up to date, and the admin's rescoring page.</summary>
public static partial class UiText
{
    private static Dictionary<string, (string Vi, string En)> RescorePages() => new(StringComparer.Ordinal)
    {
        ["Stale.Pending.import"] = (
            "Màu của {0} chưa được cập nhật sau lần nhập lúc {1}: hệ thống đang chờ chấm điểm lại.",
            "The colours of {0} are not yet updated after the import at {1}: rescoring is waiting to run."),
        ["Stale.Pending.publish"] = (
            "Màu của {0} chưa được cập nhật theo bộ quy tắc công bố lúc {1}: hệ thống đang chờ chấm điểm lại.",
            "The colours of {0} are not yet updated for the rule set published at {1}: rescoring is waiting to run."),
        ["Stale.Pending.admin"] = (
            "Màu của {0} đang chờ chấm điểm lại theo yêu cầu của quản trị viên lúc {1}.",
            "The colours of {0} are waiting to be rescored, as an administrator asked at {1}."),
        ["Stale.Pending.upgrade"] = (
            "Màu của {0} đang chờ được chấm điểm lại sau khi nâng cấp lúc {1}.",
            "The colours of {0} are waiting to be rescored after the upgrade at {1}."),
        ["Stale.Running"] = ("Màu của {0} đang được chấm điểm lại (bắt đầu lúc {1}).", "The colours of {0} are being rescored (started at {1})."),
        ["Stale.Failed"] = (
            "Màu của {0} có thể đã cũ: lần chấm điểm lại lúc {1} thất bại, các màu đang hiển thị là của lần chấm trước. Quản trị viên xem lý do ở trang Chấm điểm lại.",
            "The colours of {0} may be out of date: the rescore at {1} failed, and the colours shown are from the one before. Administrators see why on the Rescoring page."),
        ["Stale.Partial"] = (
            "Màu của {0} có thể đã cũ cho {2} đơn vị: lần chấm điểm lại lúc {1} không lưu được các đơn vị này. Quản trị viên xem lý do ở trang Chấm điểm lại.",
            "The colours of {0} may be out of date for {2} units: the rescore at {1} could not store them. Administrators see why on the Rescoring page."),
        ["Stale.ThisUnitFailed"] = (
            "Đơn vị này là một trong số đó: màu đang hiển thị là của lần chấm trước.",
            "This unit is one of them: the colour shown is from the rescore before."),
        ["Rescore.Title"] = ("Chấm điểm lại", "Rescoring"),
        ["Rescore.Intro"] = (
            "Mỗi kỳ báo cáo: lần chấm điểm lại gần nhất, ở ảnh chụp dữ liệu nào, theo phiên bản quy tắc nào, và có lỗi hay không. Chấm điểm lại một kỳ chỉ tính lại màu từ dữ liệu đã lưu; mọi yêu cầu đều được ghi nhật ký.",
            "Each period: its last rescore, at which data snapshot, under which rule-set version, and whether it failed. Rescoring a period only recomputes colours from the stored data; every request is audited."),
        ["Rescore.Period"] = ("Kỳ", "Period"),
        ["Rescore.State"] = ("Trạng thái", "State"),
        ["Rescore.LastRun"] = ("Lần chấm gần nhất", "Last rescore"),
        ["Rescore.DataSnapshot"] = ("Ảnh chụp dữ liệu", "Data snapshot"),
        ["Rescore.RuleVersion"] = ("Phiên bản quy tắc", "Rule-set version"),
        ["Rescore.Written"] = ("Kết quả đã lưu", "Ratings stored"),
        ["Rescore.Requested"] = ("Yêu cầu gần nhất", "Last request"),
        ["Rescore.Failures"] = ("Đơn vị lỗi", "Units that failed"),
        ["Rescore.Error"] = ("Lỗi", "Error"),
        ["Rescore.Run"] = ("Chấm điểm lại", "Rescore"),
        ["Rescore.RunStale"] = ("Chấm điểm lại mọi kỳ chưa cập nhật", "Rescore every period not up to date"),
        ["Rescore.Queued"] = ("Đã yêu cầu chấm điểm lại {0}.", "Rescoring of {0} was requested."),
        ["Rescore.NothingStale"] = ("Mọi kỳ đều đã cập nhật; không có gì để chấm lại.", "Every period is up to date; nothing to rescore."),
        ["Rescore.None"] = ("Chưa có kỳ nào được chấm điểm.", "No period has been rescored yet."),
        ["Rescore.State.UpToDate"] = ("Đã cập nhật", "Up to date"),
        ["Rescore.State.Pending"] = ("Đang chờ", "Pending"),
        ["Rescore.State.Running"] = ("Đang chạy", "Running"),
        ["Rescore.State.Partial"] = ("Một phần bị lỗi", "Partly failed"),
        ["Rescore.State.Failed"] = ("Thất bại", "Failed"),
        ["Rescore.State.NoRules"] = ("Không có bộ quy tắc áp dụng", "No rule set in force"),
        ["Rescore.By.import"] = ("lần nhập dữ liệu", "an import"),
        ["Rescore.By.publish"] = ("công bố bộ quy tắc", "a rule publish"),
        ["Rescore.By.admin"] = ("quản trị viên", "an administrator"),
        ["Rescore.By.upgrade"] = ("nâng cấp", "the upgrade"),
    };
}
