using System.Reflection;
using ArchResult = NetArchTest.Rules.TestResult;

namespace ThiDua.ArchitectureTests;

/// <summary>The four ThiDua layers, each found through a type that lives in it, and their root namespaces.</summary>
internal static class Layers
{
    public const string DomainNamespace = "ThiDua.Domain";
    public const string ApplicationNamespace = "ThiDua.Application";
    public const string InfrastructureNamespace = "ThiDua.Infrastructure";
    public const string ApiNamespace = "ThiDua.Api";

    public static readonly Assembly Domain = typeof(ThiDua.Domain.Units.OrganisationUnit).Assembly;
    public static readonly Assembly Application = typeof(ThiDua.Application.Common.Security.AccessGuard).Assembly;
    public static readonly Assembly Infrastructure = typeof(ThiDua.Infrastructure.DependencyInjection).Assembly;
    public static readonly Assembly Api = typeof(Program).Assembly;

    /// <summary>Fails with the names of the offending types, so the message says what to fix.</summary>
    public static void ShouldPass(this ArchResult result, string rule)
    {
        ArgumentNullException.ThrowIfNull(result);
        var failing = result.FailingTypeNames ?? [];
        result.IsSuccessful.ShouldBeTrue($"{rule}. Violated by: {string.Join(", ", failing)}");
    }
}
