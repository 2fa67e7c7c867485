namespace ThiDua.Infrastructure.Persistence.Queries;

internal static class Like
{
    /// <summary>Npgsql sends <c>ESCAPE ''</c> unless told otherwise; the patterns below escape with a backslash.</summary>
    public const string EscapeCharacter = "\\";

    /// <summary>A LIKE pattern that finds <paramref name="text"/> anywhere, with its wildcards taken literally.</summary>
    public static string Containing(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
