namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>Data pages: upload, template, history, rejected rows, manual entry.</summary>
public static partial class UiText
{
    private static Dictionary<string, (string Vi, string En)> DataPages() => new(StringComparer.Ordinal)
    {
        ["Source.demo"] = ("Dữ liệu minh họa (demo)", "Demo data (demo)"),
        ["Source.upload"] = ("Tải lên (upload)", "Upload (upload)"),
        ["Source.manual"] = ("Nhập tay (manual)", "Manual entry (manual)"),
        ["Data.Title"] = ("Dữ liệu", "Data"),
        ["Data.Upload"] = ("Tải lên", "Upload"),
        ["Data.History"] = ("Lịch sử nhập dữ liệu", "Import history"),
        ["Data.Rejected"] = ("Dòng bị loại", "Rejected rows"),
        ["Data.Manual"] = ("Nhập tay", "Manual entry"),
        ["Data.Template"] = ("Tải mẫu báo cáo", "Download the template"),
    };
}
