using System.Globalization;
using System.Text;
using Npgsql;

namespace ThiDua.Api.FunctionalTests.Infrastructure;

/// <summary>
/// Empties every table of the test database between tests, as <c>TRUNCATE … RESTART IDENTITY CASCADE</c> would, at a
/// fraction of its cost (ADR 0040). TRUNCATE gives each of the ~50 tables, their indexes and TOAST tables new files and
/// invalidates every pooled connection's cached catalog: about 0.1–0.2 s per test, most of a short test. Tests leave a
/// few rows in a few tables, so the reset finds the tables that hold rows (one statement, each probe stopping early)
/// and deletes from those only, referencing tables first (the foreign-key order is read from the catalog once), with
/// the audit log's append-only trigger disabled inside the same transaction and enabled again before it commits. The
/// identity sequences are set back to their start, as RESTART IDENTITY does. When a table holds many rows (the
/// 100 000-unit plan test, the 20 000-row import), row-by-row deletion would cost more than new files: then it
/// TRUNCATEs every table as before.
/// </summary>
internal sealed class DatabaseReset
{
    /// <summary>Above this many rows in one table, TRUNCATE is cheaper than DELETE.</summary>
    private const int DeleteAtMostRows = 5_000;

    private readonly string[] _tables;
    private readonly string _truncateAll;
    private readonly string _countRows;
    private readonly Dictionary<string, string[]> _deleteTriggers;
    private readonly string _restartSequences;

    private DatabaseReset(string[] tables, Dictionary<string, string[]> deleteTriggers, string restartSequences)
    {
        _tables = tables;
        _deleteTriggers = deleteTriggers;
        _restartSequences = restartSequences;
        _truncateAll = $"TRUNCATE {string.Join(", ", tables)} RESTART IDENTITY CASCADE";
        _countRows = "SELECT " + string.Join(
            ", ",
            tables.Select(t => $"(SELECT count(*) FROM (SELECT FROM {t} LIMIT {(DeleteAtMostRows + 1).ToString(CultureInfo.InvariantCulture)}) AS r)::int"));
    }

    /// <summary>Reads the tables of schema <c>thidua</c> in deletion order (referencing before referenced), their delete triggers and identity sequences.</summary>
    public static async Task<DatabaseReset> ReadAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = await ListAsync(
            connection,
            "SELECT 'thidua.' || quote_ident(table_name) FROM information_schema.tables WHERE table_schema = 'thidua' AND table_type = 'BASE TABLE' AND table_name <> '__EFMigrationsHistory' ORDER BY 1");
        var references = (await ListAsync(
                connection,
                """
                SELECT format('thidua.%I thidua.%I', r.relname, d.relname)
                FROM pg_constraint c JOIN pg_class r ON r.oid = c.conrelid JOIN pg_class d ON d.oid = c.confrelid
                WHERE c.contype = 'f' AND c.connamespace = 'thidua'::regnamespace AND c.conrelid <> c.confrelid
                  AND r.relnamespace = 'thidua'::regnamespace AND d.relnamespace = 'thidua'::regnamespace
                """))
            .Select(r => r.Split(' '))
            .ToLookup(r => r[1], r => r[0]);
        var triggers = (await ListAsync(
                connection,
                """
                SELECT format('thidua.%I %I', c.relname, t.tgname)
                FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
                WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND (t.tgtype & 8) <> 0 AND c.relnamespace = 'thidua'::regnamespace
                """))
            .Select(r => r.Split(' '))
            .GroupBy(r => r[0], r => r[1])
            .ToDictionary(g => g.Key, g => g.ToArray());
        var sequences = await ListAsync(
            connection,
            """
            SELECT format('SELECT setval(%L, %s, false)', format('thidua.%I', sc.relname), q.seqstart)
            FROM pg_depend d
            JOIN pg_class sc ON sc.oid = d.objid AND sc.relkind = 'S'
            JOIN pg_class t ON t.oid = d.refobjid AND t.relkind = 'r' AND t.relnamespace = 'thidua'::regnamespace
            JOIN pg_sequence q ON q.seqrelid = sc.oid
            WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
              AND sc.relnamespace = 'thidua'::regnamespace
            ORDER BY 1
            """);

        var known = tables.ToHashSet(StringComparer.Ordinal);
        if (references.SelectMany(g => g.Prepend(g.Key)).Concat(triggers.Keys).FirstOrDefault(t => !known.Contains(t)) is { } unknown)
        {
            throw new InvalidOperationException($"The reset expected tables named like thidua.x, the catalog named {unknown}.");
        }

        return new DatabaseReset(DeletionOrder(tables, references), triggers, string.Join(";\n", sequences));
    }

    /// <summary>Empties every table and restarts the identity sequences.</summary>
    public async Task RunAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = new int[_tables.Length];
        await using (var count = new NpgsqlCommand(_countRows, connection))
        await using (var reader = await count.ExecuteReaderAsync())
        {
            await reader.ReadAsync();
            for (var i = 0; i < rows.Length; i++)
            {
                rows[i] = reader.GetInt32(i);
            }
        }

        string sql;
        if (rows.Any(n => n > DeleteAtMostRows))
        {
            sql = _truncateAll;
        }
        else
        {
            var batch = new StringBuilder("BEGIN;\n");
            var filled = _tables.Where((_, i) => rows[i] > 0).ToList();
            var triggers = filled.SelectMany(t => _deleteTriggers.TryGetValue(t, out var names) ? names.Select(n => (Table: t, Name: n)) : []).ToList();
            foreach (var (table, name) in triggers)
            {
                batch.Append(CultureInfo.InvariantCulture, $"ALTER TABLE {table} DISABLE TRIGGER {name};\n");
            }

            foreach (var table in filled)
            {
                batch.Append(CultureInfo.InvariantCulture, $"DELETE FROM {table};\n");
            }

            foreach (var (table, name) in triggers)
            {
                batch.Append(CultureInfo.InvariantCulture, $"ALTER TABLE {table} ENABLE TRIGGER {name};\n");
            }

            if (_restartSequences.Length > 0)
            {
                batch.Append(_restartSequences).Append(";\n");
            }

            sql = batch.Append("COMMIT;").ToString();
        }

        await using var reset = new NpgsqlCommand(sql, connection) { CommandTimeout = TestDatabase.DdlTimeoutSeconds };
        await reset.ExecuteNonQueryAsync();
    }

    /// <summary>Tables that reference others come before the tables they reference (no cycles but self-references, which one DELETE handles).</summary>
    private static string[] DeletionOrder(List<string> tables, ILookup<string, string> referencedBy)
    {
        var order = new List<string>(tables.Count);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: on the path, true: placed
        void Visit(string table)
        {
            if (state.TryGetValue(table, out var placed))
            {
                if (!placed)
                {
                    throw new InvalidOperationException($"Foreign keys form a cycle through {table}: the reset cannot order its deletions.");
                }

                return;
            }

            state[table] = false;
            foreach (var referencing in referencedBy[table].Order(StringComparer.Ordinal))
            {
                Visit(referencing);
            }

            state[table] = true;
            order.Add(table);
        }

        foreach (var table in tables)
        {
            Visit(table);
        }

        return [.. order];
    }

    private static async Task<List<string>> ListAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
