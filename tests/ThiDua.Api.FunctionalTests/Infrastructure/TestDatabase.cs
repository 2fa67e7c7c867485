using Npgsql;
using Testcontainers.PostgreSql;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Where the tests get PostgreSQL: <c>THIDUA_TEST_PG</c> first (scripts/test.sh sets it), else Testcontainers when a
/// Docker endpoint may exist, else a clear failure. Each run works in its own freshly created database.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "THIDUA_TEST_PG";

    /// <summary>
    /// CREATE and DROP DATABASE wait for a checkpoint; on a machine busy with parallel test runs that can take longer than
    /// Npgsql's default 30 s command timeout, which would fail a test for a reason that is not its own.
    /// </summary>
    public const int DdlTimeoutSeconds = 300;

    private PostgreSqlContainer? _container;
    private string _serverConnectionString = null!;

    public string DatabaseName { get; } = $"thidua_tests_{Guid.NewGuid():N}";

    public string ConnectionString { get; private set; } = null!;

    public async Task StartAsync()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            _serverConnectionString = fromEnvironment;
        }
        else if (DockerMayBeAvailable())
        {
            _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await _container.StartAsync();
            _serverConnectionString = _container.GetConnectionString();
        }
        else
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set {EnvironmentVariable} to a connection string whose role may CREATE DATABASE "
                + "(scripts/test.sh does this with a local PostgreSQL), or provide a Docker endpoint for Testcontainers.");
        }

        await using (var connection = new NpgsqlConnection(_serverConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{DatabaseName}\"", connection) { CommandTimeout = DdlTimeoutSeconds };
            await create.ExecuteNonQueryAsync();

            // The database is thrown away after the run and no test crashes the server under it: its commits need not wait
            // for the WAL to reach the disk (ADR 0040). A database-level default, the server's configuration is untouched.
            await using var asynchronous = new NpgsqlCommand($"ALTER DATABASE \"{DatabaseName}\" SET synchronous_commit = off", connection);
            await asynchronous.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = DatabaseName, Pooling = true }.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
            return;
        }

        if (_serverConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_serverConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{DatabaseName}\" WITH (FORCE)", connection) { CommandTimeout = DdlTimeoutSeconds };
        await drop.ExecuteNonQueryAsync();
    }

    private static bool DockerMayBeAvailable() =>
        !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_HOST"))
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TESTCONTAINERS_DOCKER_SOCKET_OVERRIDE"))
        || File.Exists("/var/run/docker.sock");
}
