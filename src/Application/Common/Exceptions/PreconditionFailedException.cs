using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>The client's <c>If-Match</c> version is not the current one (HTTP 412).</summary>
public sealed class PreconditionFailedException(uint expected, uint actual)
    : Exception($"The resource has changed (version {actual}); the request was based on version {expected}. Read it again and retry.")
{
    public const string Code = "precondition_failed";

    public uint Expected { get; } = expected;

    public uint Actual { get; } = actual;

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Text { get; } = new(
        $"Dữ liệu đã được thay đổi (phiên bản {actual}); yêu cầu dựa trên phiên bản {expected}. Vui lòng đọc lại và thử lại.",
        $"The resource has changed (version {actual}); the request was based on version {expected}. Read it again and retry.");
}
