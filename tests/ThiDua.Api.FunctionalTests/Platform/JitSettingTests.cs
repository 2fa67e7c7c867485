using Npgsql;
using ThiDua.Api.FunctionalTests.Infrastructure;
using ThiDua.Infrastructure.Persistence;

namespace ThiDua.Api.FunctionalTests.Platform;

/// <summary>
/// The API's connections run without PostgreSQL's JIT compilation unless configured (ADR 0036, amendment: a campaign's
/// recursive walk of a wide authority paid 42–51 ms of compilation for a 4–12 ms statement at 1 M units).
/// </summary>
public sealed class JitSettingTests(ThiDuaApiFactory factory) : FunctionalTestBase(factory)
{
    [Fact]
    public async Task RequestConnections_HaveJitOff_UnlessConfigured()
    {
        await using (var connection = new NpgsqlConnection(new DatabaseOptions().ForRequests(Factory.ConnectionString)))
        {
            await connection.OpenAsync(Ct);
            (await ShowAsync(connection, "jit")).ShouldBe("off");
            (await ShowAsync(connection, "statement_timeout")).ShouldBe("15s");
        }

        await using (var configured = new NpgsqlConnection(new DatabaseOptions { Jit = true }.ForRequests(Factory.ConnectionString)))
        {
            await configured.OpenAsync(Ct);
            await using var server = new NpgsqlConnection(Factory.ConnectionString);
            await server.OpenAsync(Ct);
            (await ShowAsync(configured, "jit")).ShouldBe(await ShowAsync(server, "jit"));
        }

        // An operator's own Options replace the defaults, JIT included.
        new NpgsqlConnectionStringBuilder(new DatabaseOptions().ForRequests("Host=db;Database=thidua;Options=-c jit=on")).Options.ShouldBe("-c jit=on");
    }

    private static async Task<string> ShowAsync(NpgsqlConnection connection, string setting)
    {
        await using var command = new NpgsqlCommand($"SHOW {setting}", connection);
        return (string)(await command.ExecuteScalarAsync(Ct))!;
    }
}
