using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal static class Like
{
    /// <summary>Name of the stored, accent- and case-folded search column that searchable entities map.</summary>
    public const string SearchTextProperty = "SearchText";

    /// <summary>Npgsql sends <c>ESCAPE ''</c> unless told otherwise; the patterns below escape with a backslash.</summary>
    private const string EscapeCharacter = "\\";

    /// <summary>
    /// Rows whose search text contains <paramref name="text"/>, ignoring case and Vietnamese diacritics; served by the
    /// trigram index on the search column. Blank text filters nothing.
    /// </summary>
    public static IQueryable<T> MatchingSearch<T>(this IQueryable<T> rows, string? text)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return rows;
        }

        var pattern = Containing(text);
        return rows.Where(r => EF.Functions.Like(
            EF.Property<string>(r, SearchTextProperty), ThiDuaDbContext.SearchNormalize(pattern), EscapeCharacter));
    }

    /// <summary>
    /// A LIKE pattern that finds <paramref name="text"/> anywhere, with its wildcards taken literally. NFKC first turns
    /// full-width forms (％ ＿ ＼), which unaccent would map to wildcards, into the characters that are then escaped.
    /// </summary>
    internal static string Containing(string text) =>
        "%" + text.Trim().Normalize(NormalizationForm.FormKC).Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
