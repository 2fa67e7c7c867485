namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// The problems the framework, not a use case, produces: malformed or oversized requests, authentication, scopes, rate
/// limits and the generic server error (ADR 0018). <see cref="ProblemCodes"/> names their codes for the handlers.
/// </summary>
public static class FrameworkErrors
{
    public static readonly ApiError ValidationFailed =
        new("validation_failed", StatusCodes.Status400BadRequest, new("Một hoặc nhiều trường không hợp lệ; xem chi tiết tại errors.", "One or more fields are invalid; see errors."));

    public static readonly ApiError MalformedRequest =
        new("request.malformed", StatusCodes.Status400BadRequest, new("Không đọc được yêu cầu: nội dung, tham số truy vấn hoặc tiêu đề không đúng định dạng.", "The request cannot be read: its body, a query parameter or a header is malformed."));

    public static readonly ApiError UnknownField =
        new("request.unknown_field", StatusCodes.Status400BadRequest, new("Yêu cầu có trường mà thao tác này không tiếp nhận.", "The request has a field that this operation does not take."));

    public static readonly ApiError RequestTooLarge =
        new("request.too_large", StatusCodes.Status413PayloadTooLarge, new("Nội dung yêu cầu vượt quá dung lượng cho phép.", "The request body exceeds the allowed size."));

    public static readonly ApiError UnsupportedMediaType =
        new("request.unsupported_media_type", StatusCodes.Status415UnsupportedMediaType, new("Kiểu nội dung của yêu cầu không được chấp nhận.", "The request body's content type is not accepted."));

    public static readonly ApiError MethodNotAllowed =
        new("request.method_not_allowed", StatusCodes.Status405MethodNotAllowed, new("Đường dẫn này không chấp nhận phương thức HTTP này.", "This path does not accept this HTTP method."));

    public static readonly ApiError RateLimited =
        new("request.rate_limited", StatusCodes.Status429TooManyRequests, new("Ứng dụng đã gửi quá nhiều yêu cầu; vui lòng thử lại sau số giây nêu tại Retry-After.", "Too many requests from this client; retry after Retry-After seconds."));

    public static readonly ApiError Unauthenticated =
        new("auth.unauthenticated", StatusCodes.Status401Unauthorized, new("Yêu cầu cần mã thông báo Bearer hợp lệ (chưa hết hạn, đúng bên phát hành và đối tượng sử dụng).", "The request needs a valid bearer token (not expired, from the expected issuer and audience)."));

    public static readonly ApiError Forbidden =
        new("auth.forbidden", StatusCodes.Status403Forbidden, new("Người dùng không được phép thực hiện thao tác này.", "The caller may not do this."));

    public static readonly ApiError InsufficientScope =
        new("auth.insufficient_scope", StatusCodes.Status403Forbidden, new("Mã thông báo không cấp phạm vi (scope) mà thao tác này yêu cầu.", "The token does not grant the scope this operation needs."));

    public static readonly ApiError IdempotencyKeyInvalid =
        new("idempotency_key_invalid", StatusCodes.Status400BadRequest, new("Tiêu đề Idempotency-Key phải gồm từ 1 đến 200 ký tự ASCII hiển thị được.", "The Idempotency-Key header must be 1 to 200 visible ASCII characters."));

    public static readonly ApiError IdempotencyKeyReused =
        new("idempotency_key_reused", StatusCodes.Status422UnprocessableEntity, new("Khóa idempotency này đã được dùng cho một yêu cầu khác.", "This idempotency key was already used with a different request."));

    public static readonly ApiError ServiceUnavailable =
        new("server.unavailable", StatusCodes.Status503ServiceUnavailable, new("Cơ sở dữ liệu tạm thời không sẵn sàng; không có thay đổi nào được ghi. Vui lòng thử lại sau số giây ghi trong Retry-After.", "The database is unavailable for the moment; nothing was changed. Retry after the seconds given in Retry-After."));

    public static readonly ApiError ServerError =
        new("server.error", StatusCodes.Status500InternalServerError, new("Đã xảy ra lỗi ngoài dự kiến; mã truy vết (trace id) giúp bộ phận hỗ trợ xác định lỗi.", "An unexpected error occurred; the trace id identifies it for support."));
}
