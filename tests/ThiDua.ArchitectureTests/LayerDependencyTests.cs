using System.Reflection;
using NetArchTest.Rules;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// Dependencies point inward only: Api → Infrastructure → Application → Domain (architecture.md §B.1).
/// The inner layers stay free of persistence and web frameworks.
/// </summary>
public sealed class LayerDependencyTests
{
    [Fact]
    public void Domain_HasNoDependencyOnOtherLayers()
    {
        Types.InAssembly(Layers.Domain)
            .ShouldNot()
            .HaveDependencyOnAny(Layers.ApplicationNamespace, Layers.InfrastructureNamespace, Layers.ApiNamespace)
            .GetResult()
            .ShouldPass("The Domain must not depend on Application, Infrastructure or Api");
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    [InlineData("FluentValidation")]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Riok.Mapperly")]
    public void Domain_WhenCheckedAgainstFramework_HasNoDependencyOnIt(string framework)
    {
        Types.InAssembly(Layers.Domain)
            .ShouldNot()
            .HaveDependencyOn(framework)
            .GetResult()
            .ShouldPass($"The Domain must not depend on {framework}");
    }

    [Fact]
    public void Application_HasNoDependencyOnInfrastructureOrApi()
    {
        Types.InAssembly(Layers.Application)
            .ShouldNot()
            .HaveDependencyOnAny(Layers.InfrastructureNamespace, Layers.ApiNamespace)
            .GetResult()
            .ShouldPass("Application must not depend on Infrastructure or Api");
    }

    [Theory]
    [InlineData("Microsoft.EntityFrameworkCore")]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.AspNetCore")]
    public void Application_WhenCheckedAgainstFramework_HasNoDependencyOnIt(string framework)
    {
        Types.InAssembly(Layers.Application)
            .ShouldNot()
            .HaveDependencyOn(framework)
            .GetResult()
            .ShouldPass($"Application must not depend on {framework} (the read side goes through query services, ADR 0004)");
    }

    [Fact]
    public void Infrastructure_HasNoDependencyOnApi()
    {
        Types.InAssembly(Layers.Infrastructure)
            .ShouldNot()
            .HaveDependencyOn(Layers.ApiNamespace)
            .GetResult()
            .ShouldPass("Infrastructure must not depend on Api");
    }

    [Theory]
    [InlineData("Domain")]
    [InlineData("Application")]
    [InlineData("Infrastructure")]
    public void ProjectReferences_WhenLayerIsInner_PointInwardOnly(string layer)
    {
        var (assembly, allowed) = layer switch
        {
            "Domain" => (Layers.Domain, Array.Empty<Assembly>()),
            "Application" => (Layers.Application, [Layers.Domain]),
            _ => (Layers.Infrastructure, new[] { Layers.Domain, Layers.Application }),
        };
        var allowedNames = allowed.Select(a => a.GetName().Name).ToHashSet(StringComparer.Ordinal);

        var outward = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("ThiDua.", StringComparison.Ordinal) && !allowedNames.Contains(name))
            .ToList();

        outward.ShouldBeEmpty($"{assembly.GetName().Name} references {string.Join(", ", outward)}");
    }
}
