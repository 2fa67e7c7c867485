using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Api.OpenApi;
using ThiDua.Application.Common.Paging;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// Holds the document's bounds and the validators together (ADR 0017, "Lint"): every bound the validators of a request
/// type enforce is in the document, the validators of one request type agree, and the generic response bound is true
/// of every stored text.
/// </summary>
public sealed class ContractBoundsTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    private static readonly Type[] RequestTypes = typeof(ValidatedAsAttribute).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes<ValidatedAsAttribute>().Any())
        .ToArray();

    [Fact]
    public async Task EveryRequestProperty_CarriesTheBoundsItsValidatorsEnforce()
    {
        var document = JsonNode.Parse(await OpenApiSnapshotTests.CurrentDocumentAsync(Anonymous()))!;
        var schemas = document["components"]!["schemas"]!.AsObject();
        var bounds = Factory.Services.GetRequiredService<ValidatorBounds>();
        var checkedBounds = 0;
        var problems = new List<string>();
        RequestTypes.Length.ShouldBeGreaterThan(30);

        // Application inputs that travel in requests as they are (PhaseInput, LaunchLetterInput, …) have their own validators.
        var inputs = typeof(PageRequest).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && schemas.ContainsKey(SchemaIdOf(t)) && bounds.ValidatorsOf(t).Count > 0)
            .ToList();
        inputs.Count.ShouldBeGreaterThan(10);
        foreach (var type in RequestTypes.Concat(inputs))
        {
            var schema = schemas[SchemaIdOf(type)]?["properties"]?.AsObject();
            if (schema is null)
            {
                problems.Add($"{type.Name} is not in the document.");
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
                var documented = schema[name];
                var each = bounds.PerValidator(type, property.Name);
                if (documented is null || each.Count == 0)
                {
                    continue;
                }

                if (each.Distinct().Count() > 1)
                {
                    problems.Add($"{type.Name}.{name}: its validators disagree ({string.Join(" / ", each)}).");
                }

                // A validator knows the property when its type has it, or when one of its rules is named after it
                // (OverridePropertyName: CloseCampaignCommand.ReviewDate is the request's `date`).
                var knowing = bounds.ValidatorsOf(type).Count(v => ValidatedType(v).GetProperty(property.Name) is not null
                    || v.CreateDescriptor().Rules.Any(r => string.Equals(r.PropertyName, property.Name, StringComparison.OrdinalIgnoreCase)));
                if (each.Count != knowing)
                {
                    problems.Add($"{type.Name}.{name}: only {each.Count} of the {knowing} validated types bound it.");
                }

                var expected = each[0];
                checkedBounds++;
                Compare(problems, $"{type.Name}.{name}", documented, "maxLength", expected.MaxLength);
                Compare(problems, $"{type.Name}.{name}", documented, "minimum", expected.Minimum);
                Compare(problems, $"{type.Name}.{name}", documented, "maximum", expected.Maximum);
                Compare(problems, $"{type.Name}.{name}", documented, "maxItems", expected.MaxItems);
                if (documented["items"] is { } items && items["$ref"] is null)
                {
                    Compare(problems, $"{type.Name}.{name}[]", items, "maxLength", expected.ItemMaxLength);
                    Compare(problems, $"{type.Name}.{name}[]", items, "minimum", expected.ItemMinimum);
                    Compare(problems, $"{type.Name}.{name}[]", items, "maximum", expected.ItemMaximum);
                }
            }
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
        checkedBounds.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task PagingParameters_AreBoundedAsPageRequestValidatorEnforces()
    {
        var document = JsonNode.Parse(await OpenApiSnapshotTests.CurrentDocumentAsync(Anonymous()))!;
        var parameters = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(o => o.Value!["parameters"]).OfType<JsonArray>())
            .SelectMany(a => a).OfType<JsonNode>()
            .Where(p => (string?)p["in"] == "query")
            .ToList();
        var limits = parameters.Where(p => (string?)p["name"] == "limit").ToList();
        limits.Count.ShouldBeGreaterThan(5);
        foreach (var limit in limits)
        {
            ((int)limit["schema"]!["minimum"]!).ShouldBe(1);
            ((int)limit["schema"]!["maximum"]!).ShouldBe(PageRequest.MaxLimit);
        }

        foreach (var cursor in parameters.Where(p => (string?)p["name"] == "cursor"))
        {
            ((int)cursor["schema"]!["maxLength"]!).ShouldBe(512);
        }
    }

    [Fact]
    public void EveryStoredText_FitsTheDocumentedResponseBound()
    {
        using var scope = Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>().Model;
        var unbounded = new List<string>();
        foreach (var property in model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.ClrType == typeof(string))
            .Where(p => p.Name is not ("SearchText" or "NameKey"))) // search keys folded from bounded columns; never returned
        {
            var max = property.GetMaxLength();
            if (max is null && property.DeclaringType.IsMappedToJson() is false)
            {
                unbounded.Add($"{property.DeclaringType.DisplayName()}.{property.Name} has no max length");
            }
            else if (max > ContractBounds.ResponseTextMaxLength)
            {
                unbounded.Add($"{property.DeclaringType.DisplayName()}.{property.Name} is {max} long");
            }
        }

        var constants = typeof(ThiDua.Domain.Units.OrganisationUnit).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(int) && f.Name.EndsWith("Length", StringComparison.Ordinal))
            .Where(f => (int)f.GetRawConstantValue()! > ContractBounds.ResponseTextMaxLength)
            .Select(f => $"{f.DeclaringType!.Name}.{f.Name}");
        unbounded.AddRange(constants);
        unbounded.ShouldBeEmpty(string.Join("\n", unbounded));
    }

    private static Type ValidatedType(FluentValidation.IValidator validator) => validator.GetType().GetInterfaces()
        .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(FluentValidation.IValidator<>)).GetGenericArguments()[0];

    private static string SchemaIdOf(Type type) => type.Name;

    private static void Compare(List<string> problems, string where, JsonNode documented, string keyword, decimal? expected)
    {
        var actual = documented[keyword] is { } value ? (decimal?)value.GetValue<decimal>() : null;
        if (expected is not null && actual != expected)
        {
            problems.Add($"{where}: {keyword} is {actual?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "missing"} in the document, {expected} in the validators.");
        }
    }

    private static void Compare(List<string> problems, string where, JsonNode documented, string keyword, int? expected) =>
        Compare(problems, where, documented, keyword, (decimal?)expected);
}
