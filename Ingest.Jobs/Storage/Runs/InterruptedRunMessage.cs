using System.Globalization;
using DashboardKpi.Ingest.Jobs.Jobs;

namespace DashboardKpi.Ingest.Jobs.Storage.Runs;

/// <summary>
/// Why a run is <see cref="IngestRunStatus.Interrupted"/>, in Vietnamese and English, with the time it was noticed
/// (Vietnam time: the history page shows only the start, so the message carries the end).
/// </summary>
public static class InterruptedRunMessage
{
    public static (string Vi, string En) For(DateTimeOffset noticedAt)
    {
        var at = TimeZoneInfo.ConvertTime(noticedAt, VietnamTime.Zone).ToString("HH:mm:ss dd/MM/yyyy", CultureInfo.InvariantCulture);
        return (
            $"Lần nhập bị gián đoạn lúc {at}: tiến trình thực hiện đã ngừng gia hạn quyền xử lý (bị dừng hoặc mất kết nối). "
            + "Không dữ liệu nào của lần nhập này được lưu; tệp trong thư mục nhận và dữ liệu từ hệ thống khác sẽ được nhập lại tự động, tệp tải lên cần tải lên lại.",
            $"The import was interrupted at {at} (Vietnam time): its process stopped renewing its lease (stopped or cut off). "
            + "Nothing of this run was stored; dropped files and API pulls are imported again automatically, an uploaded file must be uploaded again.");
    }

    /// <summary>The message as the ledger stores it: "vi / en", like every run message.</summary>
    public static string Stored(DateTimeOffset noticedAt)
    {
        var (vi, en) = For(noticedAt);
        return $"{vi} / {en}";
    }
}
