using System.Globalization;
using Npgsql;

namespace ThiDua.Infrastructure.Persistence;

/// <summary>
/// The settings the API gives its PostgreSQL connections (section <c>Database</c>; ADR 0026). Each applies only where
/// the configured connection string does not set the keyword itself, so an operator's explicit value wins.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>
    /// Connections one instance may hold (<c>Maximum Pool Size</c>). Bounded well below PostgreSQL's
    /// <c>max_connections</c> (100 by default) so that one instance under load cannot take them all (issue 15 item 5);
    /// on two cores 8–16 busy backends serve more than 64 (measured in shared/bench).
    /// </summary>
    public int MaxPoolSize { get; set; } = 16;

    /// <summary>Seconds to wait for a connection, from the pool or the server (<c>Timeout</c>), before answering 503.</summary>
    public int ConnectTimeoutSeconds { get; set; } = 3;

    /// <summary>PostgreSQL <c>statement_timeout</c> for requests: a statement running longer is cancelled (503, nothing committed).</summary>
    public int StatementTimeoutMilliseconds { get; set; } = 15_000;

    /// <summary>PostgreSQL <c>lock_timeout</c> for requests: waiting longer for a row or advisory lock is given up (503, retry).</summary>
    public int LockTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>
    /// PostgreSQL's JIT compilation for requests (<c>jit</c>), off by default (ADR 0036, amendment): the API's statements
    /// are short, and the planner's cost for a recursive walk of the unit tree (a campaign's addressed units) grows with
    /// the units table and crosses <c>jit_above_cost</c> before 1 000 000 units, where compiling took 42–51 ms of a
    /// statement that runs in 4–12 ms without. An operator's own <c>Options</c> keyword replaces all of these.
    /// </summary>
    public bool Jit { get; set; }

    /// <summary>
    /// The connection string the API uses: prepared statements after two uses (<c>Max Auto Prepare</c>), no
    /// <c>DISCARD ALL</c> when a connection goes back to the pool (<c>No Reset On Close</c>: nothing here sets session
    /// state; advisory locks and <c>set_config</c> are transaction-scoped), the bounded pool, and the timeouts sent in
    /// the start-up packet (<c>Options</c>, with <c>jit=off</c> unless <see cref="Jit"/>), so they cost no round trip.
    /// </summary>
    public string ForRequests(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var given = Keywords(connectionString);
        if (!given.Contains("max auto prepare") && !given.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = 20;
        }

        if (!given.Contains("no reset on close") && !given.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        if (!given.Contains("maximum pool size") && !given.Contains("maxpoolsize") && !given.Contains("max pool size"))
        {
            builder.MaxPoolSize = MaxPoolSize;
        }

        if (!given.Contains("timeout"))
        {
            builder.Timeout = ConnectTimeoutSeconds;
        }

        if (!given.Contains("options"))
        {
            builder.Options = string.Create(
                CultureInfo.InvariantCulture,
                $"-c statement_timeout={StatementTimeoutMilliseconds} -c lock_timeout={LockTimeoutMilliseconds}{(Jit ? "" : " -c jit=off")}");
        }

        return builder.ConnectionString;
    }

    /// <summary>Migrations may run long and take strong locks: no statement or lock timeout for them.</summary>
    public static string ForMigrations(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Options = "-c statement_timeout=0 -c lock_timeout=0" }.ConnectionString;

    private static HashSet<string> Keywords(string connectionString) =>
        connectionString.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2)[0].Trim().ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
