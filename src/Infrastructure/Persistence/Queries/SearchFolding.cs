using System.Globalization;
using System.Text;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// The C# mirror of <c>thidua.search_fold</c> (ADR 0030): lower-case, Vietnamese diacritics removed (đ, Đ and the
/// look-alike Ð U+00D0 → d), full-width ASCII forms → ASCII, runs of white space and control characters → one space,
/// trimmed. Input in NFC or NFD folds alike. PostgreSQL's <c>unaccent</c> dictionary stays the reference for stored
/// keys and for the query itself (the search statement folds <c>q</c> in SQL); this mirror only decides, before the
/// round trip, which tiers can match, and <c>SearchFoldingAgreementTests</c> checks that both agree.
/// </summary>
internal static class SearchFolding
{
    public static string Fold(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var decomposed = value.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded.Append(' ');
                pendingSpace = false;
            }

            Append(folded, c);
        }

        return folded.ToString();
    }

    /// <summary>Whether a folded text has a letter or a digit, i.e. a word that a key can start with.</summary>
    public static bool HasWord(string folded) => folded.Any(char.IsLetterOrDigit);

    private static void Append(StringBuilder folded, char c)
    {
        switch (c)
        {
            // Letters that do not decompose in Unicode but that unaccent maps (the Vietnamese đ first).
            case 'đ' or 'Đ' or 'Ð' or 'ð':
                folded.Append('d');
                break;
            case 'ø' or 'Ø':
                folded.Append('o');
                break;
            case 'ł' or 'Ł':
                folded.Append('l');
                break;
            case 'æ' or 'Æ':
                folded.Append("ae");
                break;
            case 'œ' or 'Œ':
                folded.Append("oe");
                break;
            case 'ß':
                folded.Append("ss");
                break;
            // Full-width ASCII forms (！ to ～), which unaccent maps to ASCII.
            case >= '\uFF01' and <= '\uFF5E':
                folded.Append(char.ToLowerInvariant((char)(c - 0xFEE0)));
                break;
            default:
                folded.Append(char.ToLowerInvariant(c));
                break;
        }
    }
}
