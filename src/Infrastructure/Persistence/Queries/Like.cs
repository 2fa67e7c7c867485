namespace ThiDua.Infrastructure.Persistence.Queries;

internal static class Like
{
    /// <summary>A LIKE pattern that finds <paramref name="text"/> anywhere, with its wildcards taken literally.</summary>
    public static string Containing(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
