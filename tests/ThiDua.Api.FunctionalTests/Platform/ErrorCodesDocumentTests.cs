using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Idempotency;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Units;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The error catalogue in the document (ADR 0018): <c>ProblemCode</c> is the catalogue; each operation's problem response
/// of each status carries the enum of the codes it can answer; a code its description names is one it declares.
/// </summary>
public sealed partial class ErrorCodesDocumentTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    /// <summary>Answered by a path for a method it does not take: no operation is addressed.</summary>
    private static readonly string[] RouteLevelCodes = [FrameworkErrors.MethodNotAllowed.Code];

    /// <summary>Codes an import reports in its body (per cell, or as the run's failure; ADR 0033), never as a problem response.</summary>
    private static readonly string[] InImportBodies =
    [
        ThiDua.Application.DataImports.ImportErrors.Required.Code, ThiDua.Application.DataImports.ImportErrors.Invalid.Code,
        ThiDua.Application.DataImports.ImportErrors.DuplicateInFile.Code, ThiDua.Application.DataImports.ImportErrors.UnitUnknown.Code,
        ThiDua.Application.DataImports.ImportErrors.PersonUnknown.Code, ThiDua.Application.DataImports.ImportErrors.UnitConflict.Code,
        ThiDua.Application.DataImports.ImportErrors.PersonConflict.Code, ThiDua.Application.DataImports.ImportErrors.RatingConflict.Code,
        ThiDua.Application.DataImports.ImportErrors.Interrupted.Code, ThiDua.Application.DataImports.ImportErrors.Failed.Code,
    ];

    /// <summary>
    /// Domain guards that no request reaches: the validators refuse the same input first with 400 <c>validation_failed</c>
    /// (a registration without target titles; a share outside (0, 1]; a negative bonus coefficient).
    /// </summary>
    private static readonly string[] GuardedByValidators =
    [
        ThiDua.Domain.CampaignRegistrations.RegistrationErrors.NoTargetTitle.Code,
        ThiDua.Domain.RuleSets.RuleSetErrors.ShareOutOfRange.Code,
        ThiDua.Domain.AwardTypes.ProvincialAwardTypeErrors.NegativeBonus.Code,
    ];

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await Anonymous().GetAsync("/swagger/v1/swagger.json", Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return document.RootElement.Clone();
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (p.Name, m.Name, m.Value)));

    private static IEnumerable<int> ProblemStatuses(JsonElement document, JsonElement operation) =>
        operation.GetProperty("responses").EnumerateObject()
            .Where(r => int.TryParse(r.Name, out var status) && status >= 400)
            .Where(r =>
            {
                var response = r.Value.TryGetProperty("$ref", out _) ? document.GetProperty("components").GetProperty("responses").GetProperty("ServerError") : r.Value;
                return response.TryGetProperty("content", out var content) && content.TryGetProperty("application/problem+json", out _);
            })
            .Select(r => int.Parse(r.Name, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task ProblemCode_IsTheWholeCatalogue_AndTheTypeOfProblemCode()
    {
        var document = await DocumentAsync();
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var codes = schemas.GetProperty("ProblemCode").GetProperty("enum").EnumerateArray().Select(c => c.GetString()!).ToList();

        codes.ShouldBe(ErrorCatalogue.All.Select(e => e.Code).ToList(), ignoreOrder: true);
        schemas.GetProperty("Problem").GetProperty("properties").GetProperty("code").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/ProblemCode");
        var description = schemas.GetProperty("ProblemCode").GetProperty("description").GetString()!;
        description.ShouldContain($"| `{UnitErrors.CodeTaken.Code}` | 409 | {UnitErrors.CodeTaken.Message} |", Case.Sensitive);
    }

    [Fact]
    public async Task EveryCatalogueCode_IsAnsweredBySomeOperation()
    {
        var document = await DocumentAsync();
        var declared = Operations(document)
            .SelectMany(o => ProblemStatuses(document, o.Operation).SelectMany(s => ProblemContractHandler.DeclaredCodes(document, o.Operation, s)))
            .ToHashSet(StringComparer.Ordinal);

        var missing = ErrorCatalogue.All.Select(e => e.Code).Where(c => !declared.Contains(c) && !RouteLevelCodes.Contains(c) && !GuardedByValidators.Contains(c) && !InImportBodies.Contains(c)).ToList();

        missing.ShouldBeEmpty("every code is declared by at least one operation's problem response");
    }

    [Fact]
    public async Task EveryProblemResponse_NarrowsCodeToCataloguedCodesOfItsStatus()
    {
        var document = await DocumentAsync();
        var wrong = new List<string>();
        foreach (var (path, method, operation) in Operations(document))
        {
            foreach (var status in ProblemStatuses(document, operation))
            {
                var codes = ProblemContractHandler.DeclaredCodes(document, operation, status);
                if (codes.Count == 0)
                {
                    wrong.Add($"{method} {path} {status}: no code enum");
                }

                wrong.AddRange(codes.Where(c => ErrorCatalogue.Find(c)?.Status != status).Select(c => $"{method} {path} {status}: `{c}` is catalogued with status {ErrorCatalogue.Find(c)?.Status}"));
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryCodeADescriptionNames_IsCatalogued_AndDeclaredByTheOperation()
    {
        var document = await DocumentAsync();
        var areas = ErrorCatalogue.All.Select(e => e.Code.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var (path, method, operation) in Operations(document))
        {
            var description = operation.TryGetProperty("description", out var d) ? d.GetString() ?? string.Empty : string.Empty;
            var declared = ProblemStatuses(document, operation).SelectMany(s => ProblemContractHandler.DeclaredCodes(document, operation, s)).ToHashSet(StringComparer.Ordinal);
            foreach (var code in QuotedCode().Matches(description).Select(m => m.Groups["code"].Value).Where(c => areas.Contains(c.Split('.')[0])))
            {
                if (ErrorCatalogue.Find(code) is null)
                {
                    wrong.Add($"{method} {path}: `{code}` is not in the catalogue");
                }
                else if (!declared.Contains(code))
                {
                    wrong.Add($"{method} {path}: `{code}` is named but not declared");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task CreateUnit_ListsItsCodesPerStatus_AndItsDescriptionSaysSoOnce()
    {
        var document = await DocumentAsync();
        var createUnit = document.GetProperty("paths").GetProperty("/api/v1/units").GetProperty("post");

        ProblemContractHandler.DeclaredCodes(document, createUnit, 409).ShouldBe([UnitErrors.CodeTaken.Code, UnitErrors.AgencyCodeTaken.Code, IdempotentRequest.InProgress.Code, ConflictException.Concurrency.Code], ignoreOrder: true);
        ProblemContractHandler.DeclaredCodes(document, createUnit, 422).ShouldBe(
            [UnitErrors.ParentNotFound.Code, UnitErrors.ParentNotActive.Code, FrameworkErrors.IdempotencyKeyReused.Code], ignoreOrder: true);
        ProblemContractHandler.DeclaredCodes(document, createUnit, 403).ShouldBe(
            [FrameworkErrors.Forbidden.Code, FrameworkErrors.InsufficientScope.Code, AccessGuard.RoleNotAllowed.Code, AccessGuard.OutsideAuthority.Code], ignoreOrder: true);
        ProblemContractHandler.DeclaredCodes(document, createUnit, 401).ShouldBe([FrameworkErrors.Unauthenticated.Code]);
        ProblemContractHandler.DeclaredCodes(document, createUnit, 500).ShouldBe([FrameworkErrors.ServerError.Code]);
        createUnit.GetProperty("description").GetString().ShouldBe(
            $"Admins create any unit; a council creates units under its managing authority. Codes: `{UnitErrors.CodeTaken.Code}`, `{UnitErrors.AgencyCodeTaken.Code}` (409); "
            + $"`{UnitErrors.ParentNotFound.Code}`, `{UnitErrors.ParentNotActive.Code}` (422); `{AccessGuard.OutsideAuthority.Code}` (403).");
    }

    [Fact]
    public async Task GetUnit_DeclaresItsNotFoundCodes_AndNoBodyStatuses()
    {
        var document = await DocumentAsync();
        var getUnit = document.GetProperty("paths").GetProperty("/api/v1/units/{unitId}").GetProperty("get");

        ProblemContractHandler.DeclaredCodes(document, getUnit, 404).ShouldBe([NotFoundErrors.Unit.Code, NotFoundErrors.Resource.Code], ignoreOrder: true);
        getUnit.GetProperty("responses").TryGetProperty("415", out _).ShouldBeFalse("a GET takes no body");
        getUnit.GetProperty("responses").TryGetProperty("422", out _).ShouldBeFalse();
    }

    [GeneratedRegex(@"`(?<code>[a-z][a-z0-9_]*\.[a-z0-9_]+)`")]
    private static partial Regex QuotedCode();
}
