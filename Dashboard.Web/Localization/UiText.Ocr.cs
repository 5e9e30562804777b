namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>Reading scanned reports (OCR), the review page's warnings and the reading-rule version comparison.</summary>
public static partial class UiText
{
    private static Dictionary<string, (string Vi, string En)> OcrPages() => new(StringComparer.Ordinal)
    {
        ["ReportApi.TwoUnits"] = (
            "Phần đầu báo cáo nêu {0} đơn vị ({1}): chưa chọn đơn vị nào. Hãy gửi communeCode khi xác nhận; chưa có giá trị nào được lưu.",
            "The report's head names {0} units ({1}): no unit was chosen. Send communeCode with the confirmation; no value has been stored."),
        ["ReportApi.NoUnit"] = (
            "Phần đầu báo cáo không nêu đơn vị nào nhận ra được. Hãy gửi communeCode khi xác nhận; chưa có giá trị nào được lưu.",
            "The report's head names no unit that could be recognised. Send communeCode with the confirmation; no value has been stored."),
        ["ReportReview.NotInRules"] = (
            "{0} chỉ tiêu được đề xuất không có trong bộ quy tắc áp dụng cho {1} (phiên bản {2}): nếu nhập, các giá trị này sẽ bị cách ly. Hãy bỏ chọn hoặc kiểm tra lại kỳ báo cáo.",
            "{0} proposed indicators are not in the rule set in force for {1} (version {2}): imported, these values would be quarantined. Untick them or check the period."),
        ["ReportReview.NoRulesInForce"] = (
            "Không có bộ quy tắc nào áp dụng cho {0}: các giá trị nhập cho kỳ này sẽ không được chấm. Hãy kiểm tra lại kỳ báo cáo.",
            "No rule set is in force for {0}: values imported for this period will not be rated. Check the period."),
        ["ReadingDiff.Title"] = ("So sánh hai phiên bản quy tắc đọc", "Compare two reading-rule versions"),
        ["ReadingDiff.Help"] = (
            "Chọn hai phiên bản (bản đi kèm phần mềm là phiên bản gốc) để xem chỉ tiêu và cụm từ nào được thêm, bỏ hoặc thay đổi.",
            "Choose two versions (the file shipped with the software is the original) to see which indicators and phrases were added, removed or changed."),
        ["ReadingDiff.From"] = ("Từ phiên bản", "From version"),
        ["ReadingDiff.To"] = ("Đến phiên bản", "To version"),
        ["ReadingDiff.Compare"] = ("So sánh", "Compare"),
        ["ReadingDiff.Shipped"] = ("bản đi kèm phần mềm (v{0})", "shipped with the software (v{0})"),
        ["ReadingDiff.Stored"] = ("v{0} · {1} · {2}", "v{0} · {1} · {2}"),
        ["ReadingDiff.Unknown"] = ("Không có phiên bản quy tắc đọc số {0}.", "There is no reading-rule version {0}."),
        ["ReadingDiff.Same"] = ("Hai phiên bản giống nhau về nội dung.", "The two versions say the same."),
        ["ReadingDiff.Summary"] = (
            "Thêm {0} chỉ tiêu, bỏ {1} chỉ tiêu, thay đổi {2} chỉ tiêu.",
            "{0} indicators added, {1} removed, {2} changed."),
        ["ReadingDiff.Added"] = ("Thêm chỉ tiêu", "Indicator added"),
        ["ReadingDiff.Removed"] = ("Bỏ chỉ tiêu", "Indicator removed"),
        ["ReadingDiff.Changed"] = ("Thay đổi", "Changed"),
        ["ReadingDiff.Item"] = ("Mục", "Item"),
        ["ReadingDiff.Before"] = ("Trước", "Before"),
        ["ReadingDiff.After"] = ("Sau", "After"),
        ["ReadingDiff.PhrasesAdded"] = ("Cụm từ thêm", "Phrases added"),
        ["ReadingDiff.PhrasesRemoved"] = ("Cụm từ bỏ", "Phrases removed"),
        ["ReadingDiff.Link"] = ("So sánh các phiên bản", "Compare versions"),
        ["Ocr.UploadHelp"] = (
            "Bản quét (PDF chỉ có ảnh, ảnh chụp .png, .jpg, .tif) được nhận dạng chữ (OCR) tiếng Việt ở máy chủ, từng trang một; trang xem lại hiện tiến độ.",
            "Scans (image-only PDFs, photos as .png, .jpg, .tif) are read by Vietnamese OCR on the server, page by page; the review page shows the progress."),
        ["Ocr.Queued"] = ("Bản quét {0} trang đang chờ nhận dạng chữ (OCR). Trang này tự làm mới.", "The {0}-page scan is waiting for OCR. This page refreshes itself."),
        ["Ocr.Running"] = ("Đang nhận dạng chữ (OCR): đã đọc {0}/{1} trang. Trang này tự làm mới.", "Reading the scan (OCR): {0} of {1} pages read. This page refreshes itself."),
        ["Ocr.Failed"] = ("Không đọc được bản quét:", "The scan could not be read:"),
        ["Ocr.Done"] = (
            "Chữ của bản quét ({0} trang) được nhận dạng bằng OCR lúc {1}: hãy kiểm tra kỹ từng giá trị với bản gốc.",
            "The scan's text ({0} pages) was read by OCR at {1}: check each value against the original."),
        ["Ocr.Text"] = ("Chữ nhận dạng được (OCR), lưu để đối chiếu", "Text as OCR read it, kept for audit"),
        ["Ocr.Status"] = ("Nhận dạng chữ (OCR)", "OCR"),
        ["Ocr.Available"] = ("có thể đọc bản quét ({0}, tiếng Việt).", "scans can be read ({0}, Vietnamese)."),
        ["Ocr.Unavailable"] = ("chưa đọc được bản quét: {0}", "scans cannot be read: {0}"),
    };
}
