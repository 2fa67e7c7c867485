using System.Globalization;

namespace ThiDua.Domain.Common;

/// <summary>
/// A text said to people in both languages the API speaks (ADR 0019): Vietnamese, the default, and English. The domain
/// carries both; the host picks one per request (<c>Accept-Language</c>). Codes never depend on it.
/// </summary>
public sealed record LocalizedText
{
    public LocalizedText(string vi, string en)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(vi);
        ArgumentException.ThrowIfNullOrWhiteSpace(en);
        Vi = vi;
        En = en;
    }

    /// <summary>Tiếng Việt — the default language.</summary>
    public string Vi { get; }

    /// <summary>English, for clients that ask for it.</summary>
    public string En { get; }

    /// <summary>The text in the language of the current UI culture: English for <c>en</c>, Vietnamese otherwise.</summary>
    public string Current => In(CultureInfo.CurrentUICulture);

    /// <summary>The text in <paramref name="culture"/>'s language: English for <c>en</c>, Vietnamese for anything else.</summary>
    public string In(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return IsEnglish(culture) ? En : Vi;
    }

    public static bool IsEnglish(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The English text (logs, exception messages).</summary>
    public override string ToString() => En;
}
