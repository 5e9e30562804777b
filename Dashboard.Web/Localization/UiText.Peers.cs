namespace DashboardKpi.Dashboard.Web.Localization;

/// <summary>Peer groups on the league table and the commune page, stable colours, and the what-if of a stability rule.</summary>
public static partial class UiText
{
    private static Dictionary<string, (string Vi, string En)> PeerPages() => new(StringComparer.Ordinal)
    {
        ["Peers.Group"] = ("Nhóm so sánh", "Peer group"),
        ["Peers.AllGroups"] = ("Tất cả nhóm", "All groups"),
        ["Peers.Rank"] = ("Hạng trong nhóm", "Rank in group"),
        ["Peers.Percentile"] = ("Bách phân vị", "Percentile"),
        ["Peers.RankOf"] = ("{0}/{1}", "{0} of {1}"),
        ["Peers.GroupSize"] = ("{0} ({1} đơn vị)", "{0} ({1} units)"),
        ["Peers.FallbackMark"] = ("nhóm rộng hơn: nhóm riêng quá ít đơn vị", "wider group: its own group is too small"),
        ["Peers.Intro"] = (
            "Nhóm so sánh: cùng loại đơn vị (phường, xã, đặc khu) và cùng khoảng dân số ({0}); nhóm có dưới {1} đơn vị được so sánh trong nhóm rộng hơn (đánh dấu *). Hạng trong nhóm theo cùng thứ tự với hạng toàn thành phố, hạng toàn thành phố vẫn giữ.",
            "Peer groups: the same unit type (ward, commune, special zone) and population band ({0}); a group of fewer than {1} units is compared in a wider group (marked *). The rank in the group follows the same order as the city-wide rank, which stays."),
        ["Peers.DefaultBands"] = (
            "Các khoảng dân số là đề xuất mặc định của DashboardKpi, chưa được Thành phố thông qua.",
            "The population bands are DashboardKpi's proposed default, not adopted by the city."),
        ["Peers.PercentileHelp"] = (
            "Bách phân vị: tỷ lệ các đơn vị khác trong nhóm xếp sau đơn vị này (100 là đứng đầu nhóm, 0 là cuối nhóm).",
            "Percentile: the share of the group's other units ranked below this one (100 is the top of the group, 0 the bottom)."),
        ["Peers.Title"] = ("So sánh với đơn vị cùng nhóm", "Compared with peers"),
        ["Peers.Place"] = (
            "Nhóm {0}: hạng {1}/{2}, bách phân vị {3}. Hạng toàn thành phố: {4}/{5}.",
            "Group {0}: rank {1} of {2}, percentile {3}. City-wide rank: {4} of {5}."),
        ["Peers.Median"] = ("Trung vị nhóm", "Group median"),
        ["Peers.MedianSentence"] = ("Đơn vị: {0}; trung vị của nhóm {1}: {2}.", "This unit: {0}; median of {1}: {2}."),
        ["Stability.Republished"] = (
            "Kết quả kỳ này được công bố lại sau khi số liệu {0} được sửa làm thay đổi màu đã công bố.",
            "This period's rating was re-published after a correction of {0} changed its published colour."),
        ["Stability.RawOverall"] = (
            "Màu tính được trước quy tắc ổn định màu: {0}; màu công bố: {1}.",
            "Colour as computed before the stability rule: {0}; published colour: {1}."),
        ["Simulate.Held"] = (
            "Quy tắc ổn định màu của bản nháp: {0} đơn vị có màu công bố khác với khi không có quy tắc này (chạy từ 12 tháng trước như thể đã áp dụng).",
            "The draft's stability rule: {0} units have a published colour other than without the rule (run from 12 months before, as if in force)."),
        ["Simulate.HeldRow"] = ("{0}: {1} thay vì {2}", "{0}: {1} instead of {2}"),
    };
}
