using System.Reflection;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Common;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// The one catalogue of error codes (ADR 0018): every <c>public static readonly</c> <see cref="DomainError"/> field of the
/// domain and application assemblies (the domain's <c>…Errors</c> classes; the application's not-found, access, history
/// and concurrency errors) and every <see cref="ApiError"/> field of the API (<see cref="FrameworkErrors"/>). Each code is
/// declared once there, with its status and message; endpoints, the OpenAPI document and the tests read it.
/// </summary>
public static class ErrorCatalogue
{
    private static readonly Lazy<IReadOnlyList<Declaration>> LazyDeclarations = new(Discover);

    private static readonly Lazy<IReadOnlyDictionary<string, ApiError>> LazyByCode = new(() =>
        LazyDeclarations.Value.GroupBy(d => d.Error.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Error, StringComparer.Ordinal));

    /// <summary>Where a code is declared: the field, and the error it holds.</summary>
    public sealed record Declaration(ApiError Error, Type DeclaringType, string Field)
    {
        public override string ToString() => $"{DeclaringType.FullName}.{Field} ({Error.Code}, {Error.Status})";
    }

    /// <summary>Every declaration, in assembly and source order (a code declared twice appears twice: a test forbids it).</summary>
    public static IReadOnlyList<Declaration> Declarations => LazyDeclarations.Value;

    /// <summary>Every code, once.</summary>
    public static IReadOnlyDictionary<string, ApiError> ByCode => LazyByCode.Value;

    public static IEnumerable<ApiError> All => ByCode.Values.OrderBy(e => e.Code, StringComparer.Ordinal);

    /// <summary>The catalogued error of <paramref name="code"/>, or null.</summary>
    public static ApiError? Find(string code) => ByCode.GetValueOrDefault(code);

    private static List<Declaration> Discover()
    {
        var assemblies = new[] { typeof(DomainError).Assembly, typeof(AccessGuard).Assembly, typeof(ApiError).Assembly };
        var declarations = new List<Declaration>();
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => !t.IsGenericTypeDefinition))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(f => f.IsInitOnly))
            {
                var error = field.GetValue(null) switch
                {
                    DomainError domain => ApiError.FromDomainError(domain),
                    ApiError api => api,
                    _ => null,
                };
                if (error is not null)
                {
                    declarations.Add(new Declaration(error, type, field.Name));
                }
            }
        }

        return declarations;
    }
}
