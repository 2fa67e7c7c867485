namespace ThiDua.Api.ErrorHandling;

/// <summary>Problem titles and the framework's generic details, in Vietnamese and English (ADR 0019).</summary>
internal static class ProblemTitles
{
    public static readonly (string Vi, string En) ValidationFailed = ("Dữ liệu không hợp lệ", "Validation failed");
    public static readonly (string Vi, string En) UnknownField = ("Trường dữ liệu không xác định", "Unknown field");
    public static readonly (string Vi, string En) MalformedRequest = ("Yêu cầu không đúng định dạng", "Malformed request");
    public static readonly (string Vi, string En) TooLarge = ("Nội dung yêu cầu quá lớn", "Request body too large");
    public static readonly (string Vi, string En) NotFound = ("Không tìm thấy dữ liệu", "Resource not found");
    public static readonly (string Vi, string En) Forbidden = ("Không có quyền thực hiện", "Forbidden");
    public static readonly (string Vi, string En) StateConflict = ("Xung đột với trạng thái hiện tại", "Conflict with the current state");
    public static readonly (string Vi, string En) BusinessRule = ("Vi phạm quy tắc nghiệp vụ", "Business rule violated");
    public static readonly (string Vi, string En) Conflict = ("Xung đột dữ liệu", "Conflict");
    public static readonly (string Vi, string En) PreconditionFailed = ("Điều kiện tiên quyết không thỏa mãn", "Precondition failed");
    public static readonly (string Vi, string En) TooManyRequests = ("Quá nhiều yêu cầu", "Too many requests");
    public static readonly (string Vi, string En) Unavailable = ("Dịch vụ tạm thời không sẵn sàng", "Service unavailable");
    public static readonly (string Vi, string En) IdempotencyConflict = ("Xung đột khóa idempotency", "Idempotency key conflict");

    /// <summary>Title and detail for a status the framework answers without a body of ours (401, 404 on no route, 405, …).</summary>
    public static (string Vi, string En, string DetailVi, string DetailEn)? ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => (MalformedRequest.Vi, MalformedRequest.En, "Yêu cầu không đúng định dạng.", "The request is malformed."),
        StatusCodes.Status401Unauthorized => ("Chưa xác thực", "Unauthorized",
            "Yêu cầu cần mã thông báo Bearer hợp lệ (chưa hết hạn, đúng bên phát hành và đối tượng sử dụng).",
            "The request needs a valid bearer token (not expired, from the expected issuer and audience)."),
        StatusCodes.Status403Forbidden => (Forbidden.Vi, Forbidden.En,
            "Mã thông báo không cho phép thao tác này.", "The token does not allow this operation."),
        StatusCodes.Status404NotFound => (NotFound.Vi, NotFound.En,
            "Không có tài nguyên tại địa chỉ này.", "There is no resource at this address."),
        StatusCodes.Status405MethodNotAllowed => ("Phương thức không được hỗ trợ", "Method not allowed",
            "Địa chỉ này không hỗ trợ phương thức HTTP đã dùng.", "This address does not support the HTTP method used."),
        StatusCodes.Status413PayloadTooLarge => (TooLarge.Vi, TooLarge.En,
            "Nội dung yêu cầu vượt quá kích thước cho phép.", "The request body exceeds the allowed size."),
        StatusCodes.Status415UnsupportedMediaType => ("Kiểu nội dung không được hỗ trợ", "Unsupported media type",
            "Nội dung yêu cầu phải là application/json.", "The request body must be application/json."),
        StatusCodes.Status429TooManyRequests => (TooManyRequests.Vi, TooManyRequests.En,
            "Đã vượt quá giới hạn số yêu cầu.", "The rate limit was reached."),
        >= 500 => ("Lỗi máy chủ", "Server error",
            "Đã xảy ra lỗi không mong muốn. Vui lòng thử lại sau; nếu lỗi tiếp diễn, hãy gửi traceId cho bộ phận hỗ trợ.",
            "An unexpected error occurred. Retry later; if it persists, report the traceId."),
        _ => null,
    };
}
