using ThiDua.Application.Common.Exceptions;

namespace ThiDua.Application.Common.Abstractions;

/// <summary>A command that may carry the version the client last read (from <c>If-Match</c>).</summary>
public interface IVersionedCommand
{
    uint? ExpectedVersion { get; }
}

public static class VersionedCommandExtensions
{
    /// <summary>Throws <see cref="PreconditionFailedException"/> when the client's version is stale.</summary>
    public static void EnsureVersion(this IVersionedCommand command, uint actual)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.ExpectedVersion is { } expected && expected != actual)
        {
            throw new PreconditionFailedException(expected, actual);
        }
    }
}
