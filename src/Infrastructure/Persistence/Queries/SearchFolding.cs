using System.Globalization;
using System.Text;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// The C# mirror of <c>thidua.search_fold</c> (ADR 0030): lower-case, Vietnamese diacritics removed (đ, Đ and the
/// look-alike Ð U+00D0 → d), full-width ASCII forms → ASCII, the dashes, quotes and ellipsis of office text as
/// unaccent writes them, runs of white space and control characters → one space, trimmed. Input in NFC or NFD folds
/// alike. PostgreSQL's <c>unaccent</c> dictionary stays the reference for the stored keys and for the query itself
/// (the search statement folds <c>q</c> in SQL); this mirror decides, before the round trip, which tiers can match,
/// erring on the side of running a tier (<see cref="WordPrefixSearch"/>), and <c>SearchFoldingAgreementTests</c>
/// checks that both folds agree on Vietnamese text. Outside it (symbols such as ½ or ©, which unaccent spells out)
/// the two may differ.
/// </summary>
public static class SearchFolding
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
            // Punctuation of Vietnamese office text that unaccent rewrites: dashes (Dân số – Kế hoạch hóa gia đình),
            // the soft hyphen, typographic quotes, the ellipsis.
            case '\u00AD' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015':
                folded.Append('-');
                break;
            case '\u2018' or '\u2019' or '\u2032':
                folded.Append('\'');
                break;
            case '\u201C' or '\u201D' or '\u2033':
                folded.Append('"');
                break;
            case '\u201A':
                folded.Append(',');
                break;
            case '\u201E':
                folded.Append(",,");
                break;
            case '\u2026':
                folded.Append("...");
                break;
            case '«':
                folded.Append("<<");
                break;
            case '»':
                folded.Append(">>");
                break;
            case '\u2039':
                folded.Append('<');
                break;
            case '\u203A':
                folded.Append('>');
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
