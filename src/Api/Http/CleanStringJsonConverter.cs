using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDua.Api.Http;

/// <summary>
/// Every string a client sends is normalised to Unicode NFC when read, so that length limits are checked on the text
/// that will be stored (NFC can lengthen some text), and control characters other than tab and line breaks are refused
/// (PostgreSQL cannot store NUL). A refused string is a malformed request (400).
/// </summary>
internal sealed class CleanStringJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        if (value is null)
        {
            return null;
        }

        if (RequestText.HasForbiddenControlCharacter(value))
        {
            throw new JsonException("The text contains a control character.");
        }

        return value.Normalize(NormalizationForm.FormC);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

/// <summary>Checks on text that arrives in a request.</summary>
internal static class RequestText
{
    /// <summary>
    /// Control characters other than tab and line breaks, and the non-characters U+FFFE and U+FFFF: PostgreSQL or the
    /// documents we produce (XML inside .xlsx) cannot carry them.
    /// </summary>
    public static bool HasForbiddenControlCharacter(string value) =>
        value.Any(c => (char.IsControl(c) && c is not ('\t' or '\n' or '\r')) || c is '\uFFFE' or '\uFFFF');
}
