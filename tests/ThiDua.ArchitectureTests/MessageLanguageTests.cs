using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ThiDua.Domain.Common;

namespace ThiDua.ArchitectureTests;

/// <summary>
/// ADR 0019: every message a client can read exists in Vietnamese (the default) and English. These tests read every
/// catalogued <see cref="DomainError"/> and every validation message call in the sources.
/// </summary>
public sealed partial class MessageLanguageTests
{
    /// <summary>
    /// Codes whose Vietnamese text may equal the English one (texts that are only codes, numbers or names). Empty
    /// today; an entry needs a reason.
    /// </summary>
    private static readonly HashSet<string> SameInBothLanguages = new(StringComparer.Ordinal);

    [Fact]
    public void TheCatalogueIsFound()
    {
        // More than 150 errors are declared in the *Errors classes; a broken reflection walk must not pass vacuously.
        AllCataloguedErrors().Count.ShouldBeGreaterThan(150);
    }

    [Fact]
    public void EveryCataloguedError_HasAVietnameseAndAnEnglishMessage_ThatDiffer()
    {
        var problems = new List<string>();
        foreach (var (owner, error) in AllCataloguedErrors())
        {
            var where = $"{owner} ({error.Code})";
            if (string.IsNullOrWhiteSpace(error.Text.Vi) || string.IsNullOrWhiteSpace(error.Text.En))
            {
                problems.Add($"{where}: a language is missing");
                continue;
            }

            if (!SameInBothLanguages.Contains(error.Code))
            {
                if (string.Equals(error.Text.Vi, error.Text.En, StringComparison.Ordinal))
                {
                    problems.Add($"{where}: the Vietnamese text is the English one");
                }

                if (!LooksVietnamese(error.Text.Vi))
                {
                    problems.Add($"{where}: the Vietnamese text has no Vietnamese letter: {error.Text.Vi}");
                }
            }
        }

        problems.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("en", "English")]
    [InlineData("en-US", "English")]
    [InlineData("en-GB", "English")]
    [InlineData("vi", "Tiếng Việt")]
    [InlineData("vi-VN", "Tiếng Việt")]
    [InlineData("fr-FR", "Tiếng Việt")]
    [InlineData("", "Tiếng Việt")]
    public void LocalizedText_IsEnglishOnlyForEnglish_AndVietnameseOtherwise(string culture, string expected)
    {
        new LocalizedText("Tiếng Việt", "English").In(new CultureInfo(culture)).ShouldBe(expected);
    }

    [Fact]
    public void EveryValidationAndDomainMessageCall_GivesBothLanguages()
    {
        var root = RepositoryRoot();
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.EndsWith("LocalizedMessages.cs", StringComparison.Ordinal))
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (Match call in WithMessageCall().Matches(text))
            {
                if (TopLevelArguments(text, call.Index + call.Length) < 2)
                {
                    var line = text[..call.Index].Count(c => c == '\n') + 1;
                    offenders.Add($"{Path.GetRelativePath(root, file)}:{line}");
                }
            }
        }

        offenders.ShouldBeEmpty("Each .WithMessage(…) names the Vietnamese text and then the English one (ADR 0019)");
    }

    [Fact]
    public void FormalVietnamese_RewritesTheBuiltInMessages_AndLeavesEnglishAsIs()
    {
        var manager = new ThiDua.Application.Common.Validation.FormalVietnamese();
        var vi = new CultureInfo("vi");
        var en = new CultureInfo("en");
        foreach (var key in new[] { "NotEmptyValidator", "NotNullValidator", "MaximumLengthValidator", "InclusiveBetweenValidator", "RegularExpressionValidator", "PredicateValidator" })
        {
            var vietnamese = manager.GetString(key, vi);
            var english = manager.GetString(key, en);
            vietnamese.ShouldNotBe(english, key);
            LooksVietnamese(vietnamese).ShouldBeTrue(vietnamese);
            vietnamese.ShouldNotContain("Bạn", Case.Sensitive, key); // the formal register addresses no one
        }
    }

    private static bool LooksVietnamese(string text) => text.Any(c => c > 127 && char.IsLetter(c));

    private static List<(string Owner, DomainError Error)> AllCataloguedErrors() =>
        [.. new[] { Layers.Domain, Layers.Application, Layers.Infrastructure, Layers.Api }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(DomainError) && !f.Name.Contains('<', StringComparison.Ordinal))
                .Select(f => ($"{t.Name}.{f.Name}", (DomainError)f.GetValue(null)!)))];

    /// <summary>How many arguments the call whose "(" ends at <paramref name="start"/> has, counting commas at depth 0.</summary>
    private static int TopLevelArguments(string text, int start)
    {
        var depth = 0;
        var arguments = 1;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '(' or '{' or '[':
                    depth++;
                    break;
                case ')' or '}' or ']' when depth == 0:
                    return arguments;
                case ')' or '}' or ']':
                    depth--;
                    break;
                case ',' when depth == 0:
                    arguments++;
                    break;
            }
        }

        return arguments;
    }

    private static string RepositoryRoot() => SourceFiles.RepositoryRoot();

    [GeneratedRegex(@"\.WithMessage\(", RegexOptions.None, 1000)]
    private static partial Regex WithMessageCall();
}
