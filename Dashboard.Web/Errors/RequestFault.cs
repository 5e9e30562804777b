using DashboardKpi.Dashboard.Web.Imports;

namespace DashboardKpi.Dashboard.Web.Errors;

/// <summary>
/// Why a request was refused, in both languages: the API sends it as a problem (detail, detailVi), pages show it
/// in the reader's language. One catalog, so the two can never say different things.
/// </summary>
public sealed record RequestFault(int Status, string Title, string DetailEn, string DetailVi)
{
    public static RequestFault TooLarge { get; } = new(StatusCodes.Status413PayloadTooLarge, "File too large",
        $"The upload is larger than the {UploadLimit.Text} limit; nothing was stored. Split the report into smaller files (for example one per period) and send them one by one.",
        $"Tệp gửi lên lớn hơn giới hạn {UploadLimit.Text}; không có gì được lưu. Hãy chia báo cáo thành các tệp nhỏ hơn (ví dụ mỗi kỳ một tệp) rồi gửi lần lượt.");

    public static RequestFault CutOff { get; } = new(StatusCodes.Status400BadRequest, "Upload cut off",
        "The upload was cut off before its end (the multipart body has no closing boundary); nothing was stored. Send the file again.",
        "Dữ liệu gửi lên không trọn vẹn (bị cắt trước khi kết thúc); không có gì được lưu. Hãy gửi lại tệp.");

    public static RequestFault MalformedForm { get; } = new(StatusCodes.Status400BadRequest, "Malformed form",
        "The form could not be read (malformed multipart/form-data); nothing was stored. Send the file again from the upload page or with curl -F file=@report.xlsx.",
        "Không đọc được biểu mẫu gửi lên (multipart/form-data sai dạng); không có gì được lưu. Hãy gửi lại tệp từ trang tải lên hoặc bằng curl -F file=@bao-cao.xlsx.");

    /// <summary>The reason for a status the framework answered by itself (no route, wrong method, not signed in…).</summary>
    public static RequestFault ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => new(status, "Bad request",
            "The request is malformed (a value in the path, query or body could not be read).",
            "Yêu cầu không hợp lệ (không đọc được một giá trị trong đường dẫn, tham số hoặc nội dung)."),
        StatusCodes.Status401Unauthorized => new(status, "Not signed in",
            "Sign in, or send an API token as Authorization: Bearer <token>.",
            "Hãy đăng nhập, hoặc gửi mã truy cập API dạng Authorization: Bearer <mã>."),
        StatusCodes.Status403Forbidden => new(status, "Forbidden",
            "This account's role may not do this.",
            "Vai trò của tài khoản này không được thực hiện thao tác này."),
        StatusCodes.Status404NotFound => new(status, "Not found",
            "Nothing was found at this address; check it. The API's routes are listed in /openapi/v1.json.",
            "Không tìm thấy gì tại địa chỉ này; hãy kiểm tra lại. Danh sách địa chỉ API có tại /openapi/v1.json."),
        StatusCodes.Status405MethodNotAllowed => new(status, "Method not allowed",
            "This address does not accept this HTTP method (for example GET where only POST is answered).",
            "Địa chỉ này không nhận phương thức HTTP này (ví dụ GET khi chỉ nhận POST)."),
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => new(status, "Unsupported content type",
            "This address does not accept this content type: send a report as multipart/form-data in a field named \"file\", other requests as application/json.",
            "Địa chỉ này không nhận kiểu nội dung này: gửi tệp báo cáo dạng multipart/form-data trong trường \"file\", các yêu cầu khác dạng application/json."),
        >= 400 and < 500 => new(status, "Request refused",
            $"The request was refused (HTTP {status}).",
            $"Yêu cầu bị từ chối (HTTP {status})."),
        _ => new(status, "Server error",
            "The request could not be handled; nothing was changed by it. Tell an administrator the reference below.",
            "Yêu cầu không xử lý được; không có gì bị thay đổi. Hãy báo quản trị viên mã tham chiếu bên dưới."),
    };

    /// <summary>
    /// The fault behind an exception that is the client's doing (a body over Kestrel's limit or otherwise bad at
    /// the HTTP level); null for anything else, which stays a 500.
    /// </summary>
    public static RequestFault? FromException(Exception? exception) => exception switch
    {
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => TooLarge,
        BadHttpRequestException bad => ForStatus(bad.StatusCode),
        _ => null,
    };

    public string Detail(Scoring.Engine.Model.Language language) => language == Scoring.Engine.Model.Language.En ? DetailEn : DetailVi;
}
