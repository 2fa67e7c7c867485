using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Npgsql;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The API's connections fail fast (issue 15 item 5, ADR 0026): a bounded pool, and PostgreSQL's statement and lock
/// timeouts sent with every connection; a request that waits past them answers 503 <c>server.unavailable</c> with
/// <c>Retry-After</c> and changes nothing. An operator's explicit connection-string keyword wins over the defaults;
/// migrations run without the timeouts.
/// </summary>
public sealed class DatabaseTimeoutTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task TheDefaults_AreSentWithEveryConnection()
    {
        var connectionString = new DatabaseOptions().ForRequests(Factory.ConnectionString);
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        settings.MaxPoolSize.ShouldBe(16);
        settings.MaxAutoPrepare.ShouldBe(20);
        settings.NoResetOnClose.ShouldBeTrue();
        settings.Timeout.ShouldBe(3);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        (await ShowAsync(connection, "statement_timeout")).ShouldBe("15s");
        (await ShowAsync(connection, "lock_timeout")).ShouldBe("5s");
    }

    [Fact]
    public async Task ExplicitKeywords_WinOverTheDefaults_AndMigrationsHaveNoTimeouts()
    {
        var explicitly = new NpgsqlConnectionStringBuilder(new DatabaseOptions { MaxPoolSize = 30 }.ForRequests(
            "Host=db;Database=thidua;Maximum Pool Size=50;Timeout=9;Options=-c statement_timeout=1000"));
        explicitly.MaxPoolSize.ShouldBe(50);
        explicitly.Timeout.ShouldBe(9);
        explicitly.Options.ShouldBe("-c statement_timeout=1000");

        new NpgsqlConnectionStringBuilder(new DatabaseOptions { MaxPoolSize = 30 }.ForRequests("Host=db;Database=thidua")).MaxPoolSize.ShouldBe(30);

        await using var migrations = new NpgsqlConnection(DatabaseOptions.ForMigrations(new DatabaseOptions().ForRequests(Factory.ConnectionString)));
        await migrations.OpenAsync(Ct);
        (await ShowAsync(migrations, "statement_timeout")).ShouldBe("0");
        (await ShowAsync(migrations, "lock_timeout")).ShouldBe("0");
    }

    [Fact]
    public async Task AWriteBlockedPastTheLockTimeout_Answers503WithRetryAfter_AndChangesNothing()
    {
        var unit = await Admin.CreateUnitAsync("SYT-LOCK", "Sở Y tế khóa");
        await using var impatient = Factory.WithWebHostBuilder(builder => builder.UseSetting("Database:LockTimeoutMilliseconds", "300"));
        using var client = impatient.CreateClient();
        client.DefaultRequestHeaders.Authorization = Admin.DefaultRequestHeaders.Authorization;

        await using var holder = new NpgsqlConnection(Factory.ConnectionString);
        await holder.OpenAsync(Ct);
        await using var transaction = await holder.BeginTransactionAsync(Ct);
        await using (var lockRow = new NpgsqlCommand("SELECT 1 FROM thidua.units WHERE id = @id FOR UPDATE", holder, transaction))
        {
            lockRow.Parameters.AddWithValue("id", unit.Id);
            await lockRow.ExecuteScalarAsync(Ct);
        }

        var clock = Stopwatch.StartNew();
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/units/{unit.Id}")
        {
            Content = JsonContent.Create(new { name = "Sở Y tế đổi tên", kind = "hospital", province = "Hà Nội" }, options: Json),
        };
        update.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{unit.Version}\""));
        var response = await client.SendAsync(update, Ct);
        clock.Stop();
        await transaction.RollbackAsync(Ct);

        await ShouldBeProblemAsync(response, HttpStatusCode.ServiceUnavailable, FrameworkErrors.ServiceUnavailable.Code);
        response.Headers.RetryAfter?.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), "the request gave up at its lock timeout, not at the command timeout");
        var read = await Admin.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/v1/units/{unit.Id}", Json, Ct);
        read.GetProperty("name").GetString().ShouldBe("Sở Y tế khóa");
    }

    private static async Task<string?> ShowAsync(NpgsqlConnection connection, string setting)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
