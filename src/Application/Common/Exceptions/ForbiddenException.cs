namespace ThiDua.Application.Common.Exceptions;

/// <summary>The caller is authenticated but may not do this (HTTP 403).</summary>
public sealed class ForbiddenException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
