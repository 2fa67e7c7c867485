using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of a test's own (issue 13 replica reads, issue 15 item 5 outage): made with <c>initdb</c> (or
/// <c>pg_basebackup</c>, for a hot standby) in a temporary directory, on a free port on 127.0.0.1, started and stopped
/// with <c>pg_ctl</c>, and removed on dispose. It never touches the developer's main cluster on 5432. The binaries come
/// from <c>THIDUA_PG_BIN</c> or /usr/lib/postgresql/15/bin; if they are missing the test fails with that message, it
/// does not skip. As root (CI), the server runs as the OS user <c>postgres</c> through <c>runuser</c>, since
/// PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresCluster : IAsyncDisposable
{
    public const string BinEnvironmentVariable = "THIDUA_PG_BIN";
    private const string DefaultBin = "/usr/lib/postgresql/15/bin";
    private static readonly bool AsRoot = Environment.UserName == "root";

    private readonly string _root;
    private bool _running;

    private PostgresCluster(string root, int port)
    {
        _root = root;
        Port = port;
    }

    public int Port { get; }

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "server.log");

    /// <summary>The server's own superuser over TCP (trust authentication on 127.0.0.1 only).</summary>
    public string ConnectionString(string database = "postgres", bool pooling = true) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling={pooling};Timeout=5";

    /// <summary>A new primary: initdb, a few settings for speed (no fsync: the data is thrown away), started.</summary>
    public static async Task<PostgresCluster> StartPrimaryAsync()
    {
        var cluster = new PostgresCluster(NewDirectory(), FreePort());
        await RunAsync("initdb", "-D", cluster.DataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        await File.AppendAllTextAsync(Path.Combine(cluster.DataDirectory, "postgresql.conf"), string.Create(CultureInfo.InvariantCulture, $"""

            listen_addresses = '127.0.0.1'
            unix_socket_directories = '{cluster._root}'
            fsync = off
            full_page_writes = off
            max_connections = 60
            shared_buffers = 16MB
            wal_level = replica
            max_wal_senders = 4

            """));
        await cluster.StartAsync();
        return cluster;
    }

    /// <summary>A hot standby of this primary: <c>pg_basebackup -R</c> (streaming, with standby.signal), started on its own port.</summary>
    public async Task<PostgresCluster> StartStandbyAsync()
    {
        var standby = new PostgresCluster(NewDirectory(), FreePort());
        await RunAsync("pg_basebackup", "-D", standby.DataDirectory, "-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture),
            "-U", "postgres", "-R", "-X", "stream", "--checkpoint=fast", "--no-sync");
        await File.AppendAllTextAsync(Path.Combine(standby.DataDirectory, "postgresql.conf"), $"\nunix_socket_directories = '{standby._root}'\nhot_standby = on\n");
        await standby.StartAsync();
        return standby;
    }

    public async Task StartAsync()
    {
        await RunAsync("pg_ctl", "start", "-w", "-t", "60", "-D", DataDirectory, "-l", LogFile, "-o", $"-p {Port.ToString(CultureInfo.InvariantCulture)}");
        _running = true;
    }

    /// <summary>Stops the server at once (<c>-m fast</c>: sessions are terminated, like an outage seen from the API).</summary>
    public async Task StopAsync()
    {
        await RunAsync("pg_ctl", "stop", "-w", "-t", "60", "-m", "fast", "-D", DataDirectory);
        _running = false;
    }

    public async Task<object?> ExecuteAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString(database, pooling: false));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            if (_running)
            {
                await RunAsync("pg_ctl", "stop", "-w", "-t", "60", "-m", "immediate", "-D", DataDirectory);
            }
        }
        finally
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string NewDirectory()
    {
        // As root the server runs as "postgres", which must reach the directory: /tmp, not a private TMPDIR.
        var root = Path.Combine(AsRoot ? "/tmp" : Path.GetTempPath(), "thidua-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        if (AsRoot)
        {
            RunAsync("/usr/bin/chown", "postgres:postgres", root).GetAwaiter().GetResult();
        }

        return root;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Binary(string name)
    {
        if (name.StartsWith('/'))
        {
            return name;
        }

        var directory = Environment.GetEnvironmentVariable(BinEnvironmentVariable) is { Length: > 0 } configured ? configured : DefaultBin;
        var path = Path.Combine(directory, name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"PostgreSQL server binary '{path}' is missing: these tests make clusters of their own with initdb, pg_ctl and pg_basebackup. "
                + $"Install PostgreSQL 15's server (Debian package postgresql-15, which scripts/postgres.sh installs) or set {BinEnvironmentVariable}.");
    }

    private static async Task RunAsync(string program, params string[] arguments)
    {
        var binary = Binary(program);
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (AsRoot && !program.StartsWith('/'))
        {
            start.FileName = "/usr/sbin/runuser";
            foreach (var argument in (string[])["-u", "postgres", "--", binary, .. arguments])
            {
                start.ArgumentList.Add(argument);
            }
        }
        else
        {
            start.FileName = binary;
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {binary}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        }
    }
}
