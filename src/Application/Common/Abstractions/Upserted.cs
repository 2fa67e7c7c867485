namespace ThiDua.Application.Common.Abstractions;

/// <summary>What a command that creates or replaces a resource returns: the written state, and whether it was created (201) or replaced (200).</summary>
public sealed record Upserted<T>(T Value, bool Created)
    where T : class;
