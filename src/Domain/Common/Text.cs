using System.Text;

namespace ThiDua.Domain.Common;

/// <summary>Vietnamese text is stored as sent, trimmed and normalised to Unicode NFC.</summary>
public static class Text
{
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().Normalize(NormalizationForm.FormC);
    }

    public static string? CleanOptional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Clean(value);
}
