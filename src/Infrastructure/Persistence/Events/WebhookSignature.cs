using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>
/// The <c>ThiDua-Signature</c> header (ADR 0025): <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c> over
/// <c>"{t}.{body}"</c>, keyed with the secret's UTF-8 bytes; during a rotation's grace period one <c>v1</c> per secret.
/// Receivers accept if any <c>v1</c> matches and <c>t</c> is within their tolerance (5 minutes recommended).
/// </summary>
public static class WebhookSignature
{
    public const string Header = "ThiDua-Signature";

    public static string Create(DateTimeOffset at, string body, params string[] secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t}," + string.Join(",", secrets.Select(s => "v1=" + Sign(s, t, body)));
    }

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));

    /// <summary>A receiver's check: a <c>v1</c> made with <paramref name="secret"/> and <c>t</c> within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool Verify(string header, string body, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var t = parts.FirstOrDefault(p => p[0] == "t")?[1];
        if (t is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            || (now - DateTimeOffset.FromUnixTimeSeconds(unix)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, t, body));
        return parts.Where(p => p[0] == "v1").Any(p => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(p[1]), expected));
    }
}
