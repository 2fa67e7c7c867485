using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ThiDua.Application.Events.Webhooks;

namespace ThiDua.Infrastructure.Persistence.Events;

/// <summary>
/// Encrypts webhook subscription secrets at rest with AES-256-GCM (ADR 0025, amendment): the API must compute HMACs with
/// them, so they cannot be hashed, but a reader of the table (a backup, a replica, a report tool) should not be able to
/// forge deliveries. Stored as <c>enc1.{keyId}.{base64url(nonce ‖ ciphertext ‖ tag)}</c>, bound to the subscription's id
/// (associated data), so a ciphertext copied to another row does not decrypt. A value without the prefix is a secret
/// stored before encryption and is read as it is; it is encrypted at its next rotation.
/// </summary>
public sealed partial class WebhookSecretProtector
{
    private const string Prefix = "enc1.";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;
    private readonly (string Id, byte[] Key)[] _keys;

    public WebhookSecretProtector(WebhookOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _keys = [.. options.SecretKeys.Select(Parse)];
    }

    /// <summary>Whether secrets are encrypted (keys are configured).</summary>
    public bool Encrypts => _keys.Length > 0;

    /// <summary>Why <paramref name="configured"/> is not a valid key list, or null when it is.</summary>
    public static string? Problem(IEnumerable<string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in configured)
        {
            var match = KeyEntry().Match(entry ?? string.Empty);
            if (!match.Success)
            {
                return "Webhooks:SecretKeys entries are 'id:base64' with an id of 1-16 letters, digits, '-' or '_'.";
            }

            if (!ids.Add(match.Groups["id"].Value))
            {
                return $"Webhooks:SecretKeys has the key id '{match.Groups["id"].Value}' twice.";
            }

            try
            {
                if (Convert.FromBase64String(match.Groups["key"].Value).Length != 32)
                {
                    return $"Webhooks:SecretKeys key '{match.Groups["id"].Value}' is not 32 bytes (AES-256).";
                }
            }
            catch (FormatException)
            {
                return $"Webhooks:SecretKeys key '{match.Groups["id"].Value}' is not base64.";
            }
        }

        return null;
    }

    public string Protect(string secret, Guid subscriptionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        if (_keys.Length == 0)
        {
            return secret;
        }

        var (id, key) = _keys[0];
        var plaintext = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length), subscriptionId.ToByteArray());
        }

        return $"{Prefix}{id}.{Base64Url(sealedBytes)}";
    }

    public string Unprotect(string stored, Guid subscriptionId)
    {
        ArgumentException.ThrowIfNullOrEmpty(stored);
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return stored;
        }

        var rest = stored[Prefix.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        var id = rest[..dot];
        var key = _keys.FirstOrDefault(k => k.Id == id).Key
            ?? throw new CryptographicException($"Webhook secret of subscription {subscriptionId} is encrypted with key '{id}', which Webhooks:SecretKeys no longer lists.");
        var sealedBytes = FromBase64Url(rest[(dot + 1)..]);
        var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
        using (var aes = new AesGcm(key, TagBytes))
        {
            aes.Decrypt(
                sealedBytes.AsSpan(0, NonceBytes), sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length), plaintext,
                subscriptionId.ToByteArray());
        }

        return Encoding.UTF8.GetString(plaintext);
    }

    private static (string Id, byte[] Key) Parse(string entry)
    {
        var match = KeyEntry().Match(entry);
        return match.Success
            ? (match.Groups["id"].Value, Convert.FromBase64String(match.Groups["key"].Value))
            : throw new InvalidOperationException(Problem([entry]));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }

    [GeneratedRegex("^(?<id>[A-Za-z0-9_-]{1,16}):(?<key>[A-Za-z0-9+/=]+)$")]
    private static partial Regex KeyEntry();
}
