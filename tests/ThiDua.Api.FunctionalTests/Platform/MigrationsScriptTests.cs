using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDua.Api.FunctionalTests.Infrastructure;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// <c>deploy/migrations.sql</c> is what DBAs apply by hand (deploy/README.md); it must be exactly the idempotent
/// script of the migrations in the code, as <c>dotnet ef migrations script --idempotent</c> writes it.
/// </summary>
public sealed class MigrationsScriptTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task DeployScript_IsTheIdempotentScriptOfTheMigrations()
    {
        var generated = await Factory.WithDbContextAsync(db =>
            Task.FromResult(db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent)));
        var committed = await File.ReadAllTextAsync(ScriptPath(), Ct);

        var expected = Lines(generated);
        var actual = Lines(committed);
        var firstDifference = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
            .FirstOrDefault(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i], -1);

        firstDifference.ShouldBe(
            -1,
            $"deploy/migrations.sql differs from the migrations from line {firstDifference + 1} "
            + $"(file: \"{Line(actual, firstDifference)}\", migrations: \"{Line(expected, firstDifference)}\"). Regenerate it with "
            + "`dotnet ef migrations script --idempotent -p src/Infrastructure -s src/Api -o deploy/migrations.sql` and commit it.");
    }

    private static string[] Lines(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd().Split('\n');

    private static string Line(string[] lines, int index) => index >= 0 && index < lines.Length ? lines[index] : "(end of script)";

    private static string ScriptPath() => RepositoryFiles.PathOf("deploy", "migrations.sql");
}
