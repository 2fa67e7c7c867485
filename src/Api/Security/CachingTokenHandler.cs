using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ThiDua.Api.Security;

/// <summary>
/// The bearer token handler with a bounded cache of tokens it has already validated (issue 13 target 1, ADR 0035): a
/// client sends the same token on every request, and parsing it, checking its signature and building its claims cost
/// more than the rest of a point read. The key is the token string itself, so a token that differs in one character
/// (another signature, another claim) is validated in full.
/// <para>
/// What the cache never does: accept a token the handler refused (only successful validations are kept); accept a token
/// at or after its expiry (<c>exp</c>, without the clock skew the full validation grants: a cached token expires
/// earlier, never later); keep an entry longer than <see cref="MaxEntryLifetime"/>; accept a token whose signing key is
/// no longer among the keys the validation parameters offer (a key withdrawn from the configuration or from the
/// provider's JWKS refuses its tokens at once); hand two requests the same identity (each gets a copy).
/// It holds at most <see cref="Capacity"/> tokens; when full, expired entries are dropped, and if none are, the cache is
/// emptied (every token is then validated once more).
/// </para>
/// </summary>
public sealed class CachingTokenHandler : JsonWebTokenHandler
{
    /// <summary>The most tokens kept (about 3 KB each, identity included).</summary>
    public const int Capacity = 10_000;

    /// <summary>The longest a validation is reused, whatever the token's own expiry.</summary>
    public static readonly TimeSpan MaxEntryLifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _validated = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    public CachingTokenHandler(TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
    }

    private long _hits;

    /// <summary>Tokens held now (tests).</summary>
    public int Count => _validated.Count;

    /// <summary>Validations answered from the cache so far (tests).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);
        var now = _clock.GetUtcNow();
        if (token is not null && _validated.TryGetValue(token, out var entry))
        {
            if (now < entry.Until && KeyStillOffered(entry.Result.SecurityToken, validationParameters))
            {
                Interlocked.Increment(ref _hits);
                return Copy(entry.Result);
            }

            _validated.TryRemove(new KeyValuePair<string, Entry>(token, entry));
        }

        var result = await base.ValidateTokenAsync(token, validationParameters);
        if (token is not null && result is { IsValid: true, ClaimsIdentity: not null, SecurityToken: JsonWebToken jwt })
        {
            var until = new DateTimeOffset(DateTime.SpecifyKind(jwt.ValidTo, DateTimeKind.Utc));
            if (jwt.ValidTo == DateTime.MinValue || until > now + MaxEntryLifetime)
            {
                until = now + MaxEntryLifetime;
            }

            if (until > now)
            {
                MakeRoom(now);
                _validated[token] = new Entry(Copy(result), until);
            }
        }

        return result;
    }

    private static bool KeyStillOffered(SecurityToken token, TokenValidationParameters parameters)
    {
        var key = token.SigningKey;
        if (key is null)
        {
            return false;
        }

        if (ReferenceEquals(parameters.IssuerSigningKey, key) || parameters.IssuerSigningKeys?.Any(k => ReferenceEquals(k, key)) == true)
        {
            return true;
        }

        // Keys are often re-created (configuration reload, JWKS refresh): the same key by its id and material still counts.
        IEnumerable<SecurityKey> offered = parameters.IssuerSigningKeys ?? [];
        if (parameters.IssuerSigningKey is { } single)
        {
            offered = offered.Append(single);
        }

        return key.KeyId is { Length: > 0 } id
            && offered.Any(k => string.Equals(k.KeyId, id, StringComparison.Ordinal) && SameMaterial(k, key));
    }

    private static bool SameMaterial(SecurityKey a, SecurityKey b) =>
        a.CanComputeJwkThumbprint() && b.CanComputeJwkThumbprint() && a.ComputeJwkThumbprint().AsSpan().SequenceEqual(b.ComputeJwkThumbprint());

    private void MakeRoom(DateTimeOffset now)
    {
        if (_validated.Count < Capacity)
        {
            return;
        }

        foreach (var (key, entry) in _validated)
        {
            if (entry.Until <= now)
            {
                _validated.TryRemove(key, out _);
            }
        }

        if (_validated.Count >= Capacity)
        {
            _validated.Clear();
        }
    }

    private static TokenValidationResult Copy(TokenValidationResult result) => new()
    {
        IsValid = true,
        ClaimsIdentity = result.ClaimsIdentity.Clone(),
        SecurityToken = result.SecurityToken,
        Issuer = result.Issuer,
        TokenType = result.TokenType,
        TokenContext = result.TokenContext,
    };

    private sealed record Entry(TokenValidationResult Result, DateTimeOffset Until);
}

/// <summary>Gives the bearer scheme the caching handler, with the claim mapping the options ask for.</summary>
internal static class CachingTokenHandlerSetup
{
    public static void Use(Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.TokenHandlers.Clear();
        options.TokenHandlers.Add(new CachingTokenHandler { MapInboundClaims = options.MapInboundClaims });

        // The configured keys (Authentication:Schemes:Bearer:SigningKeys) come as a lazy sequence that decodes a new key
        // object from the configuration on every enumeration, i.e. on every request; decoded once, the same key objects
        // serve every validation, and a cached token's key is recognised as still offered.
        if (options.TokenValidationParameters.IssuerSigningKeys is { } keys and not IList<SecurityKey>)
        {
            options.TokenValidationParameters.IssuerSigningKeys = keys.ToList();
        }
    }
}
