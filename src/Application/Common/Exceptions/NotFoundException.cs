namespace ThiDua.Application.Common.Exceptions;

/// <summary>The addressed resource does not exist (HTTP 404).</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string resource, object key)
        : base($"{resource} '{key}' was not found.")
    {
        Code = $"{resource.ToLowerInvariant()}.not_found";
    }

    public NotFoundException(string code, string message)
        : base(message) => Code = code;

    public string Code { get; }
}
