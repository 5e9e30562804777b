using DashboardKpi.Scoring.Engine.Model;

namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>
/// Every interface string, Vietnamese first, keyed in English. A typed dictionary rather than .resx: one file that a
/// reviewer reads side by side, and a test that every key used by a page exists (a missing key shows as ⟦key⟧).
/// Spellings follow the shared glossary.
/// </summary>
public static partial class UiText
{
    public const string MissingMarker = "⟦";

    private static readonly Dictionary<string, (string Vi, string En)> Entries = Build();

    private static Dictionary<string, (string Vi, string En)> Shell() => new(StringComparer.Ordinal)
    {
        // Shell
        ["AppName"] = ("Bảng điều khiển chuyển đổi số cấp xã", "Commune digital transformation dashboard"),
        ["AppSubtitle"] = ("TP. Hồ Chí Minh · Kế hoạch 02-KH/BCĐTW", "Ho Chi Minh City · Plan 02-KH/BCĐTW"),
        ["Nav.Overview"] = ("Tổng quan", "Overview"),
        ["Nav.LeagueTable"] = ("Bảng xếp hạng", "League table"),
        ["Nav.MyCommune"] = ("Đơn vị của tôi", "My unit"),
        ["Nav.Data"] = ("Dữ liệu", "Data"),
        ["Nav.Rules"] = ("Bộ quy tắc", "Rules"),
        ["Nav.Methodology"] = ("Phương pháp chấm", "Methodology"),
        ["Nav.Admin"] = ("Quản trị", "Administration"),
        ["Nav.Jobs"] = ("Tác vụ nền", "Background jobs"),
        ["Nav.Api"] = ("API", "API"),
        ["Nav.SkipToContent"] = ("Bỏ qua đến nội dung", "Skip to content"),
        ["Nav.Main"] = ("Điều hướng chính", "Main navigation"),
        ["Language.Switch"] = ("English", "Tiếng Việt"),
        ["Language.SwitchLabel"] = ("Chuyển sang tiếng Anh", "Switch to Vietnamese"),
        ["Demo.Banner"] = ("Dữ liệu minh họa", "Demo data"),
        ["Demo.BannerText"] = ("Các số liệu đang hiển thị có dữ liệu minh họa (nguồn \"demo\"), không phải số liệu báo cáo thật.",
            "Figures shown include demo data (source \"demo\"), not real reported figures."),
        ["SignedInAs"] = ("Đăng nhập: {0}", "Signed in: {0}"),

        // Roles
        ["Role.admin"] = ("Quản trị viên", "Administrator"),
        ["Role.analyst"] = ("Phân tích viên", "Analyst"),
        ["Role.committee"] = ("Ban Chỉ đạo", "Steering Committee"),
        ["Role.chair"] = ("Chủ tịch UBND", "Chair of the People's Committee"),
        ["Role.steward"] = ("Cán bộ nhập liệu", "Data steward"),

        // Ratings and unit types
        ["Rating.Green"] = ("Xanh", "Green"),
        ["Rating.Yellow"] = ("Vàng", "Yellow"),
        ["Rating.Red"] = ("Đỏ", "Red"),
        ["Rating.NoData"] = ("Chưa có dữ liệu", "No data"),
        ["Rating.Insufficient"] = ("Không đủ dữ liệu", "Insufficient data"),
        ["Rating.NotInForce"] = ("Ngoài hiệu lực", "Not in force"),
        ["Rating.Stale"] = ("Dữ liệu cũ", "Stale data"),
        ["UnitType.phuong"] = ("Phường", "Ward"),
        ["UnitType.xa"] = ("Xã", "Commune"),
        ["UnitType.dac_khu"] = ("Đặc khu", "Special zone"),
        ["UnitType.All"] = ("Tất cả loại", "All types"),

        // Login
        ["Login.Title"] = ("Đăng nhập", "Log in"),
        ["Login.UserName"] = ("Tên đăng nhập", "User name"),
        ["Login.Password"] = ("Mật khẩu", "Password"),
        ["Login.Submit"] = ("Đăng nhập", "Log in"),
        ["Login.Failed"] = ("Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong user name or password."),
        ["Login.LockedOut"] = ("Tài khoản tạm khóa do đăng nhập sai nhiều lần. Thử lại sau {0}.",
            "The account is locked after repeated failed logins. Try again after {0}."),
        ["Login.Disabled"] = ("Tài khoản đã bị vô hiệu hóa.", "The account is disabled."),
        ["Login.Required"] = ("Nhập tên đăng nhập và mật khẩu.", "Enter your user name and password."),
        ["Logout"] = ("Đăng xuất", "Log out"),
        ["AccessDenied.Title"] = ("Không có quyền truy cập", "Access denied"),
        ["AccessDenied.Text"] = ("Vai trò của bạn không được xem trang này.", "Your role may not open this page."),

        // Common
        ["Period"] = ("Kỳ báo cáo", "Reporting period"),
        ["Show"] = ("Xem", "Show"),
        ["Search"] = ("Tìm kiếm", "Search"),
        ["Filter"] = ("Lọc", "Filter"),
        ["Save"] = ("Lưu", "Save"),
        ["Create"] = ("Tạo", "Create"),
        ["Cancel"] = ("Hủy", "Cancel"),
        ["Download"] = ("Tải xuống", "Download"),
        ["ExportXlsx"] = ("Xuất Excel (.xlsx)", "Export to Excel (.xlsx)"),
        ["NoPeriods"] = ("Chưa có kỳ báo cáo nào được chấm điểm.", "No reporting period has been rated yet."),
        ["Unit"] = ("Đơn vị", "Unit"),
        ["Type"] = ("Loại", "Type"),
        ["Rating"] = ("Mức", "Rating"),
        ["Score"] = ("Điểm", "Score"),
        ["ScoreHint"] = ("Tỷ lệ tiêu chí đạt mức xanh", "Share of criteria rated green"),
        ["Change"] = ("Thay đổi", "Change"),
        ["Rank"] = ("Hạng", "Rank"),
        ["Code"] = ("Mã", "Code"),
        ["Yes"] = ("Có", "Yes"),
        ["No"] = ("Không", "No"),
        ["NotFound.Title"] = ("Không tìm thấy", "Not found"),
        ["NotFound.Commune"] = ("Không có đơn vị hành chính mã \"{0}\".", "There is no commune-level unit with code \"{0}\"."),
        ["BadPeriod"] = ("Kỳ báo cáo \"{0}\" không hợp lệ; dùng dạng yyyy-MM, ví dụ 2025-07.",
            "The period \"{0}\" is not valid; use yyyy-MM, for example 2025-07."),
        ["BadInput.Title"] = ("Yêu cầu không hợp lệ", "Invalid request"),
        ["BadInput.Back"] = ("Mở lại trang với kỳ báo cáo mới nhất", "Open the page again with the newest period"),
        ["Error.Title"] = ("Đã xảy ra lỗi", "Something went wrong"),
        ["Error.Text"] = ("Yêu cầu không xử lý được. Mã tham chiếu: {0}", "The request could not be handled. Reference: {0}"),
        ["Error.Refused"] = ("Yêu cầu bị từ chối", "Request refused"),
        ["Error.Back"] = ("Quay lại trang trước", "Back to the previous page"),
        ["Error.Home"] = ("Về trang tổng quan", "Go to the overview"),
        ["Trend.Up"] = ("tăng hạng so với kỳ trước", "better than the previous period"),
        ["Trend.Down"] = ("giảm hạng so với kỳ trước", "worse than the previous period"),
        ["Trend.Same"] = ("không đổi so với kỳ trước", "same as the previous period"),
        ["Trend.New"] = ("chưa có kỳ trước", "no previous period"),

        // Admin: users and tokens
        ["Users.Title"] = ("Người dùng", "Users"),
        ["Users.DisplayName"] = ("Họ tên", "Display name"),
        ["Users.Role"] = ("Vai trò", "Role"),
        ["Users.Commune"] = ("Đơn vị (cho Chủ tịch UBND)", "Unit (for a chair)"),
        ["Users.LastLogin"] = ("Đăng nhập gần nhất", "Last login"),
        ["Users.Status"] = ("Trạng thái", "Status"),
        ["Users.Active"] = ("Đang hoạt động", "Active"),
        ["Users.Disabled"] = ("Đã vô hiệu hóa", "Disabled"),
        ["Users.Locked"] = ("Tạm khóa đến {0}", "Locked until {0}"),
        ["Users.Disable"] = ("Vô hiệu hóa", "Disable"),
        ["Users.Enable"] = ("Kích hoạt", "Enable"),
        ["Users.New"] = ("Thêm người dùng", "Add a user"),
        ["Users.ChangeRole"] = ("Đổi vai trò", "Change role"),
        ["Users.ResetPassword"] = ("Đặt lại mật khẩu", "Reset password"),
        ["Users.NewPassword"] = ("Mật khẩu mới (ít nhất 10 ký tự)", "New password (at least 10 characters)"),
        ["Users.Created"] = ("Đã tạo người dùng {0}.", "User {0} created."),
        ["Users.Updated"] = ("Đã cập nhật người dùng {0}.", "User {0} updated."),
        ["Users.NameTaken"] = ("Tên đăng nhập đã tồn tại.", "That user name is taken."),
        ["Users.PasswordTooShort"] = ("Mật khẩu cần ít nhất 10 ký tự.", "The password needs at least 10 characters."),
        ["Users.ChairNeedsCommune"] = ("Chủ tịch UBND phải gắn với một đơn vị.", "A chair must be bound to one unit."),
        ["Users.UnknownCommune"] = ("Mã đơn vị không tồn tại.", "Unknown unit code."),
        ["Users.NameRequired"] = ("Nhập tên đăng nhập.", "Enter a user name."),
        ["Users.CannotDisableSelf"] = ("Không thể tự vô hiệu hóa tài khoản của mình.", "You cannot disable your own account."),
        ["Tokens.Title"] = ("Mã truy cập API", "API tokens"),
        ["Tokens.Name"] = ("Tên hệ thống", "Client name"),
        ["Tokens.New"] = ("Cấp mã mới", "Issue a token"),
        ["Tokens.Revoke"] = ("Thu hồi", "Revoke"),
        ["Tokens.Revoked"] = ("Đã thu hồi {0}", "Revoked {0}"),
        ["Tokens.ShownOnce"] = ("Mã truy cập mới (chỉ hiển thị một lần, hãy lưu lại ngay):", "New token (shown once only, copy it now):"),
        ["Tokens.Usage"] = ("Gửi trong tiêu đề: Authorization: Bearer <mã>", "Send it as the header: Authorization: Bearer <token>"),
        ["Tokens.CreatedBy"] = ("Người cấp", "Issued by"),
        ["Tokens.CreatedAt"] = ("Ngày cấp", "Issued at"),
        ["Demo.Title"] = ("Dữ liệu minh họa", "Demo data"),
        ["Demo.Present"] = ("Cơ sở dữ liệu đang có dữ liệu minh họa.", "The database holds demo data."),
        ["Demo.Absent"] = ("Không có dữ liệu minh họa.", "There is no demo data."),
        ["Demo.Remove"] = ("Xóa dữ liệu minh họa", "Remove demo data"),
        ["Demo.Removed"] = ("Đã xóa dữ liệu minh họa và chấm điểm lại.", "Demo data removed and ratings recomputed."),
        ["Audit.Title"] = ("Nhật ký thao tác", "Audit log"),
    };

    public static IEnumerable<string> Keys => Entries.Keys;

    public static bool Contains(string key) => Entries.ContainsKey(key);

    public static string Get(string key, Language language) =>
        Entries.TryGetValue(key, out var entry) ? (language == Language.En ? entry.En : entry.Vi) : MissingMarker + key + "⟧";

    /// <summary>Merges the per-area tables (UiText.*.cs); a key defined twice stops the start-up.</summary>
    private static Dictionary<string, (string Vi, string En)> Build()
    {
        var all = new Dictionary<string, (string Vi, string En)>(StringComparer.Ordinal);
        foreach (var table in new[] { Shell(), Pages(), DataPages(), RulePages(), RescorePages(), MethodologyPage(), AdoptionPages(), PeerPages() })
        {
            foreach (var (key, value) in table)
            {
                all.Add(key, value);
            }
        }

        return all;
    }
}
