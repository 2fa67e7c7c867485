using System.Security.Cryptography;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// The API in-process over real PostgreSQL with its real migrations, real JWT validation (tokens signed with a
/// per-run key) and a <see cref="SaveBarrier"/> for race tests. Shared by every functional test class.
/// </summary>
public sealed class ThiDuaApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Issuer = "thidua-tests";
    public const string Audience = "thidua-api";

    /// <summary>The one browser origin the test host allows (the Sở's e-office web app).</summary>
    public const string CorsOrigin = "https://eoffice.hanam.gov.vn";

    /// <summary>An integration client configured to work under the Sở Y tế Hà Nam (unit code SYT-HNAM), without unit_id in its tokens.</summary>
    public const string EOfficeClient = "eoffice-hanam";

    /// <summary>The largest document file the test host accepts (small, so that the 413 tests send little).</summary>
    public const long DocumentMaxFileBytes = 256 * 1024;

    private readonly TestDatabase _database = new();
    private DatabaseReset _reset = null!;

    public ThiDuaApiFactory() => SaveBarrier = new SaveBarrier(() => ConnectionString);

    public byte[] SigningKey { get; } = RandomNumberGenerator.GetBytes(32);

    /// <summary>The key that encrypts webhook secrets at rest in the test host (ADR 0025, amendment).</summary>
    public static readonly string WebhookSecretKey = "test:" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public SaveBarrier SaveBarrier { get; }

    /// <summary>The import worker's poll in the test host: longer than any test waits for an import.</summary>
    public static readonly TimeSpan ImportPollInterval = TimeSpan.FromHours(1);

    /// <summary>Fails the next request after its commit (ADR 0022's crash test).</summary>
    public CommitFault CommitFault { get; } = new();

    /// <summary>Fails the next write of an idempotent response (ADR 0022's crash test).</summary>
    public ResponseRecordingFault ResponseRecordingFault { get; } = new();

    /// <summary>Holds the next command inside its transaction (ADR 0022's crash test).</summary>
    public SavePause SavePause { get; } = new();

    public TestClock Clock { get; } = new();

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Counts the SQL commands of requests tagged with <see cref="SqlCommandCounter.Header"/>.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    public async ValueTask InitializeAsync()
    {
        await _database.StartAsync();
        await DatabaseMigrator.MigrateAsync(Services, CancellationToken.None);
        _reset = await DatabaseReset.ReadAsync(ConnectionString);
    }

    /// <summary>Empties every table and restarts the identity sequences (<see cref="DatabaseReset"/>).</summary>
    public async Task ResetDatabaseAsync()
    {
        SaveBarrier.Disarm();
        CommitFault.Disarm();
        ResponseRecordingFault.Disarm();
        SavePause.Release();
        Clock.Now = null;
        await _reset.RunAsync(ConnectionString);
    }

    public async Task<T> WithDbContextAsync<T>(Func<ThiDuaDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<ThiDuaDbContext>());
    }

    /// <summary>The SQL commands of one migration's Up and Down operations, as EF Core generates them for this database.</summary>
    public Task<(IReadOnlyList<string> Up, IReadOnlyList<string> Down)> MigrationCommandsAsync(string migrationId) =>
        WithDbContextAsync(db =>
        {
            var migrations = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>();
            var migration = migrations.CreateMigration(migrations.Migrations[migrationId], db.Database.ProviderName!);
            var generator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsSqlGenerator>();
            IReadOnlyList<string> Commands(IReadOnlyList<Microsoft.EntityFrameworkCore.Migrations.Operations.MigrationOperation> operations) =>
                generator.Generate(operations).Select(c => c.CommandText).ToList();
            return Task.FromResult((Commands(migration.UpOperations), Commands(migration.DownOperations)));
        });

    /// <summary>
    /// Stops the host and drops the run's database. Both are housekeeping after every test has finished: a failure
    /// here (e.g. a slow host shutdown on a cold machine) is reported on stderr rather than failing the run.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"Functional-test host did not stop cleanly: {e.GetType().Name}: {e.Message}");
        }

        try
        {
            await _database.DisposeAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await Console.Error.WriteLineAsync($"Could not drop test database {_database.DatabaseName}: {e.Message}");
        }
    }

    /// <summary>
    /// The API speaks Vietnamese by default (ADR 0019). Test clients ask for English, so that assertions on messages read
    /// as the English catalogue; <c>LocalizationTests</c> clears this header to test the default.
    /// </summary>
    public const string TestLanguage = "en";

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(TestLanguage);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ThiDua", _database.ConnectionString);
        builder.UseSetting("Database:ApplyMigrationsOnStartup", "false");
        // Race tests hold rows and barriers while a dozen requests queue, on a machine shared with other builds: generous
        // lock and pool-wait limits keep them deterministic. DatabaseTimeoutTests checks the production defaults apart.
        builder.UseSetting("Database:LockTimeoutMilliseconds", "60000");
        builder.UseSetting("Database:ConnectTimeoutSeconds", "30");
        builder.UseSetting("Database:MaxPoolSize", "64");
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", Audience);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(SigningKey));
        builder.UseSetting("Limits:MaxRequestBodyBytes", "65536");
        builder.UseSetting("Documents:MaxFileBytes", DocumentMaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Documents:TrustAnchors:0", TestPki.TrustedRootPemPath);
        builder.UseSetting("RateLimiting:PermitsPerMinute", "0");
        builder.UseSetting("RateLimiting:VerifyPermitsPerMinute", "0");
        builder.UseSetting("RateLimiting:LookupPermitsPerMinute", "0");
        builder.UseSetting($"{ThiDua.Api.Http.CorsSetup.Section}:0", CorsOrigin);
        builder.UseSetting($"Integration:Clients:{EOfficeClient}", "SYT-HNAM");
        // Webhooks (ADR 0025): loopback receivers over http; tests drive the delivery worker themselves, with no backoff.
        builder.UseSetting("Webhooks:AllowHttpLoopback", "true");
        builder.UseSetting("Webhooks:DeliveryEnabled", "false");
        builder.UseSetting("Webhooks:BackoffBase", "00:00:00");
        builder.UseSetting("Webhooks:MaxAttempts", "3");
        builder.UseSetting("Webhooks:RequestTimeout", "00:00:05");
        builder.UseSetting("Webhooks:SecretKeys:0", WebhookSecretKey);
        // Imports (ADR 0033, 0040): an upload wakes the worker at once; its poll is set far beyond any test's wait, so every
        // import test also checks that wake-up (an import found only by the poll would time the test out).
        builder.UseSetting("Imports:PollInterval", ImportPollInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IInterceptor>(SaveBarrier);
            services.AddSingleton<IInterceptor>(CommitFault);
            services.AddSingleton<IInterceptor>(ResponseRecordingFault);
            services.AddSingleton<IInterceptor>(SavePause);
            services.AddSingleton<IInterceptor>(sp =>
            {
                SqlCommands.Accessor = sp.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>();
                return SqlCommands;
            });
            services.AddSingleton<ThiDua.Infrastructure.Persistence.Queries.IReadCommandObserver>(SqlCommands);
            services.AddSingleton<TimeProvider>(Clock);
            services.AddScoped<ISender>(sp => new WriteThenReadGuard(sp.GetRequiredService<IMediator>()));
        });
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<ThiDuaApiFactory>
{
    public const string Name = "PostgreSQL";
}
