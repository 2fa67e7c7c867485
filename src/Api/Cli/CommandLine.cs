using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using ThiDua.Api.DemoData;
using ThiDua.Api.Security;
using ThiDua.Application;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Domain.Units;
using ThiDua.Infrastructure;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.Cli;

/// <summary>
/// Command-line modes of the API binary:
/// <c>migrate</c> (apply migrations), <c>seed-demo</c> (load demo data from the seed documents, idempotent),
/// <c>mint-token</c> (print a bearer token signed with the locally configured key).
/// </summary>
internal static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "seed-demo", "mint-token"];

    public static bool IsCommand(string arg) => Commands.Contains(arg, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args[1..] });
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        builder.Services.AddApi(builder.Configuration);
        builder.Services.AddScoped<ICurrentUser>(_ => new SystemUser("system:" + args[0]));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // On a fresh database EF logs the probe of the missing history table as an error; failures still throw.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        await using var app = builder.Build();

        switch (args[0])
        {
            case "migrate":
                await DatabaseMigrator.MigrateAsync(app.Services, CancellationToken.None);
                await Console.Out.WriteLineAsync("Migrations applied.");
                return 0;
            case "seed-demo":
                await using (var scope = app.Services.CreateAsyncScope())
                {
                    var report = await new DemoDataSeeder(
                        scope.ServiceProvider.GetRequiredService<ISender>(),
                        scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>()).SeedAsync(CancellationToken.None);
                    await Console.Out.WriteLineAsync(report);
                }

                return 0;
            default:
                return await MintTokenAsync(app, args[1..]);
        }
    }

    private static async Task<int> MintTokenAsync(WebApplication app, string[] args)
    {
        var options = Options.Parse(args);
        var bearer = app.Configuration.GetSection("Authentication:Schemes:Bearer");
        var issuer = bearer["ValidIssuer"] ?? bearer.GetSection("ValidIssuers").Get<string[]>()?.FirstOrDefault();
        var audience = bearer.GetSection("ValidAudiences").Get<string[]>()?.FirstOrDefault() ?? bearer["ValidAudience"];
        var key = bearer.GetSection("SigningKeys").GetChildren()
            .FirstOrDefault(k => k["Issuer"] == issuer)?["Value"];
        if (issuer is null || audience is null || key is null)
        {
            await Console.Error.WriteLineAsync(
                "No local signing key is configured: set Authentication:Schemes:Bearer:ValidIssuer, ValidAudiences and SigningKeys (scripts/run.sh does).");
            return 2;
        }

        Guid? unitId = null;
        if (options.Unit is { } unit)
        {
            if (Guid.TryParse(unit, out var parsed))
            {
                unitId = parsed;
            }
            else
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>();
                var code = OrganisationUnit.NormalizeCode(unit);
                var found = await db.Units.Where(u => u.Code == code).Select(u => (Guid?)u.Id.Value).FirstOrDefaultAsync();
                if (found is null)
                {
                    await Console.Error.WriteLineAsync($"No unit with code {code}.");
                    return 2;
                }

                unitId = found;
            }
        }

        var token = LocalTokens.Create(issuer, audience, Convert.FromBase64String(key), new LocalTokens.Request(
            options.Subject ?? $"local-{options.Roles[0]}",
            options.Name ?? $"Local {options.Roles[0]}",
            options.Roles,
            unitId,
            options.Scopes,
            TimeSpan.FromHours(options.Hours)));
        await Console.Out.WriteLineAsync(token);
        return 0;
    }

    private sealed record Options(List<string> Roles, string? Unit, string? Subject, string? Name, List<string> Scopes, double Hours)
    {
        public static Options Parse(string[] args)
        {
            var options = new Options([], null, null, null, [], 8);
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                var value = args[i + 1];
                options = args[i] switch
                {
                    "--role" => options with { Roles = [.. options.Roles, value] },
                    "--unit" => options with { Unit = value },
                    "--sub" => options with { Subject = value },
                    "--name" => options with { Name = value },
                    "--scope" => options with { Scopes = [.. options.Scopes, value] },
                    "--hours" => options with { Hours = double.Parse(value, CultureInfo.InvariantCulture) },
                    _ => throw new ArgumentException($"Unknown option {args[i]}. Use --role, --unit, --sub, --name, --scope, --hours."),
                };
            }

            return options.Roles.Count == 0 ? options with { Roles = ["admin"] } : options;
        }
    }
}
