using System.Text.RegularExpressions;
using ThiDua.Api.ErrorHandling;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Common;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// The one catalogue of error codes (ADR 0018): every code declared once, with its status and message, in the form the
/// contract promises; no code typed a second time anywhere in the source; nothing thrown that the catalogue does not hold.
/// </summary>
public sealed partial class ErrorCatalogueTests
{
    private static readonly Lazy<IReadOnlyList<(string Path, string Text)>> Sources = new(ReadSources);

    [Fact]
    public void Catalogue_FindsTheDeclarationsOfEveryLayer()
    {
        var declarations = ErrorCatalogue.Declarations;

        declarations.Count.ShouldBeGreaterThan(150);
        declarations.ShouldContain(d => d.DeclaringType.Assembly == typeof(DomainError).Assembly);
        declarations.ShouldContain(d => d.DeclaringType == typeof(NotFoundErrors));
        declarations.ShouldContain(d => d.DeclaringType == typeof(FrameworkErrors));
        ErrorCatalogue.Find(ThiDua.Domain.Units.UnitErrors.CodeTaken.Code).ShouldBe((ApiError)ThiDua.Domain.Units.UnitErrors.CodeTaken);
    }

    [Fact]
    public void EveryCode_IsDeclaredOnce()
    {
        var twice = ErrorCatalogue.Declarations.GroupBy(d => d.Error.Code, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g)}").ToList();

        twice.ShouldBeEmpty("a code is declared by more than one field");
    }

    [Fact]
    public void EveryCode_IsAreaDotSnakeCase_OrASingleSnakeCaseWord()
    {
        var malformed = ErrorCatalogue.All.Select(e => e.Code).Where(c => !CodeForm().IsMatch(c)).ToList();

        malformed.ShouldBeEmpty();
    }

    [Fact]
    public void EveryCode_HasAnErrorStatusAndAMessage()
    {
        foreach (var error in ErrorCatalogue.All)
        {
            error.Status.ShouldBeInRange(400, 599, error.Code);
            error.Message.ShouldNotBeNullOrWhiteSpace(error.Code);
            error.Note.ShouldBeNull(error.Code);
        }
    }

    [Fact]
    public void EveryCode_AppearsOnceAsAStringLiteralInTheSource()
    {
        var wrong = new List<string>();
        foreach (var code in ErrorCatalogue.All.Select(e => e.Code))
        {
            var literal = $"\"{code}\"";
            var places = Sources.Value.Select(s => (s.Path, Count: Occurrences(s.Text, literal))).Where(s => s.Count > 0).ToList();
            if (places.Sum(p => p.Count) != 1)
            {
                wrong.Add($"{code}: {(places.Count == 0 ? "never" : string.Join(", ", places.Select(p => $"{p.Path} ×{p.Count}")))}");
            }
        }

        wrong.ShouldBeEmpty("each code is typed once, in its declaration; everything else reads the declaration");
    }

    [Fact]
    public void Tests_ReadCodesFromTheCatalogue_NotFromStringLiterals()
    {
        var typed = new List<string>();
        foreach (var (path, text) in ReadFiles("tests"))
        {
            typed.AddRange(ErrorCatalogue.All.Select(e => e.Code).Where(c => text.Contains($"\"{c}\"", StringComparison.Ordinal)).Select(c => $"{path}: \"{c}\""));
        }

        typed.ShouldBeEmpty("a test asserts a code through its declaration (e.g. UnitErrors.CodeTaken.Code)");
    }

    [Fact]
    public void EveryErrorDeclaration_IsAPublicStaticReadonlyField_TheCatalogueFinds()
    {
        // A DomainError or ApiError made anywhere else (a local, a property, an inline factory call) would be a code the
        // catalogue cannot see. WithMessage keeps the code of a declared error, so it may be used anywhere.
        var stray = new List<string>();
        foreach (var (path, text) in Sources.Value)
        {
            foreach (Match match in ErrorConstruction().Matches(text))
            {
                var line = text[..match.Index].Count(c => c == '\n') + 1;
                var statementStart = text.LastIndexOfAny([';', '{', '}'], match.Index) + 1;
                if (!text[statementStart..match.Index].Contains("public static readonly", StringComparison.Ordinal))
                {
                    stray.Add($"{path}:{line}");
                }
            }
        }

        stray.ShouldBeEmpty();
    }

    [Fact]
    public void EveryResourceThatCanBeMissing_HasItsNotFoundCode()
    {
        var resources = Sources.Value.SelectMany(s => ResourceNotFound().Matches(s.Text).Select(m => m.Groups["resource"].Value)).Distinct().ToList();

        resources.ShouldNotBeEmpty();
        foreach (var resource in resources)
        {
            new NotFoundException(resource, Guid.Empty).Code.ShouldBe($"{resource.ToLowerInvariant()}.not_found");
            ErrorCatalogue.Find($"{resource.ToLowerInvariant()}.not_found").ShouldNotBeNull(resource);
        }

        Should.Throw<ArgumentOutOfRangeException>(() => new NotFoundException("Nothing", Guid.Empty));
    }

    [Fact]
    public void Kinds_MapToTheirStatuses()
    {
        ApiError.StatusOf(DomainErrorKind.BusinessRule).ShouldBe(422);
        ApiError.StatusOf(DomainErrorKind.Conflict).ShouldBe(409);
        ApiError.StatusOf(DomainErrorKind.NotFound).ShouldBe(404);
        ApiError.StatusOf(DomainErrorKind.Forbidden).ShouldBe(403);
        ApiError.StatusOf(DomainErrorKind.PreconditionFailed).ShouldBe(412);
        Enum.GetValues<DomainErrorKind>().Length.ShouldBe(5, "a new kind needs its status here and in ApiError.StatusOf");
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static List<(string Path, string Text)> ReadSources() => ReadFiles("src");

    private static List<(string Path, string Text)> ReadFiles(string folder) => SourceFiles.Read(folder);

    [GeneratedRegex(@"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*)?$")]
    private static partial Regex CodeForm();

    [GeneratedRegex(@"DomainError\.(?:Rule|Conflict|NotFound|Forbidden|PreconditionFailed)\(\s*""|new\(\s*""[a-z_.]+"",\s*StatusCodes\.|new (?:DomainError|ApiError)\(")]
    private static partial Regex ErrorConstruction();

    [GeneratedRegex(@"new NotFoundException\(\s*""(?<resource>[A-Z]\w*)""")]
    private static partial Regex ResourceNotFound();
}
