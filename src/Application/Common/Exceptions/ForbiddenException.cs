using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Exceptions;

/// <summary>The caller is authenticated but may not do this (HTTP 403).</summary>
public sealed class ForbiddenException(string code, string vi, string en) : Exception(en)
{
    public string Code { get; } = code;

    /// <summary>The message in Vietnamese and English.</summary>
    public LocalizedText Text { get; } = new(vi, en);
}
