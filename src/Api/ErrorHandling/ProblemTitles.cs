namespace ThiDua.Api.ErrorHandling;

/// <summary>Problem titles, in Vietnamese and English (ADR 0019); details come from the error catalogue.</summary>
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

    /// <summary>
    /// The title of a problem the framework answers by status alone (401, 404 without a route, 405, …); its detail is
    /// the catalogue entry's text (<see cref="ProblemCodes.ErrorForStatus"/>).
    /// </summary>
    public static (string Vi, string En)? ForStatus(int status) => status switch
    {
        StatusCodes.Status400BadRequest => MalformedRequest,
        StatusCodes.Status401Unauthorized => ("Chưa xác thực", "Unauthorized"),
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => ("Phương thức không được hỗ trợ", "Method not allowed"),
        StatusCodes.Status413PayloadTooLarge => TooLarge,
        StatusCodes.Status415UnsupportedMediaType => ("Kiểu nội dung không được hỗ trợ", "Unsupported media type"),
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        StatusCodes.Status503ServiceUnavailable => Unavailable,
        >= 500 => ("Lỗi máy chủ", "Server error"),
        _ => null,
    };
}
