namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>A rule set that came with a software update: the notice, change notes, the chosen effective-from, what-if coverage.</summary>
public static partial class UiText
{
    private static Dictionary<string, (string Vi, string En)> AdoptionPages() => new(StringComparer.Ordinal)
    {
        ["Shipped.Notice"] = (
            "Bộ quy tắc phiên bản {0} đi kèm bản cập nhật phần mềm: xem thay đổi, mô phỏng trên dữ liệu đã lưu, rồi ban hành.",
            "Rule set version {0} came with the software update: review the changes, simulate it on the stored data, then publish it."),
        ["Shipped.NoticeHelp"] = (
            "Bản nháp này do hệ thống tạo, chưa được áp dụng: phiên bản v{0} vẫn đang áp dụng cho đến khi quản trị viên ban hành bản mới từ kỳ được chọn.",
            "The system created this draft; it is not in force: version v{0} stays in force until an administrator publishes the new one from a chosen period."),
        ["Shipped.Diff"] = ("Xem thay đổi và ghi chú", "Review the changes and notes"),
        ["Shipped.Simulate"] = ("Mô phỏng v{0} → v{1} trên các kỳ đã lưu", "Simulate v{0} → v{1} on the stored periods"),
        ["Shipped.Publish"] = ("Ban hành", "Publish"),
        ["Changes.Title"] = ("Ghi chú thay đổi (so với phiên bản {0})", "Change notes (against version {0})"),
        ["Changes.Note"] = ("Lý do", "Why"),
        ["Changes.Removed"] = ("Tiêu chí đã bỏ", "Removed criterion"),
        ["Changes.OtherFrom"] = ("Ghi chú được viết so với phiên bản {0}, không phải phiên bản đang so sánh.", "The notes were written against version {0}, not the version compared here."),
        ["Publish.From"] = ("Áp dụng từ kỳ", "Effective from period"),
        ["Publish.FromHelp"] = (
            "Mặc định là kỳ hiệu lực của bản nháp ({0}). Các kỳ trước kỳ được chọn giữ nguyên kết quả và phiên bản đã dùng để chấm; các kỳ từ kỳ được chọn đến nay được chấm lại. Chọn kỳ trước tháng hiện tại là chấm lại kết quả đã công bố và cần xác nhận ban hành lại.",
            "By default the draft's own effective-from ({0}). Periods before the chosen one keep their ratings and the version they were rated with; the chosen period through the current month is rescored. A period before the current month re-rates published ratings and needs the re-publication confirmation."),
        ["Publish.BadFrom"] = ("'{0}' không phải kỳ hợp lệ (yyyy-MM).", "'{0}' is not a valid period (yyyy-MM)."),
        ["Simulate.Coverage"] = ("Tiêu chí khác nhau giữa hai phiên bản", "Criteria that differ between the two versions"),
        ["Simulate.Added"] = ("Tiêu chí mới (không có dữ liệu cũ thì hiện là chưa có dữ liệu)", "New criteria (shown as no data where the stored data has none)"),
        ["Simulate.Removed"] = ("Tiêu chí bị bỏ (không còn được chấm)", "Removed criteria (no longer rated)"),
        ["Simulate.AgainstInForce"] = ("So với bộ quy tắc đang áp dụng: v{0}.", "Compared with the rule set in force: v{0}."),
    };
}
