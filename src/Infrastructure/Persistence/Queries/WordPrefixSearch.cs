using System.Globalization;
using System.Text;
using FluentValidation;
using FluentValidation.Results;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>A searched table, the table of its word-start keys and the column that breaks ties (ADR 0030).</summary>
/// <param name="Table">The searched table; its alias in filters is <c>t</c>, and it has a <c>search_text</c> column.</param>
/// <param name="KeysTable">The keys kept by the table's triggers (migration <c>WordPrefixSearchKeys</c>).</param>
/// <param name="OwnerColumn">The keys' column naming the searched row.</param>
/// <param name="TieSql">The tie-break the keys end with, as SQL on alias <c>t</c>: it also orders the contains tier.</param>
internal sealed record SearchKeysTable(string Table, string KeysTable, string OwnerColumn, string TieSql);

/// <summary>
/// Search in three tiers, one statement, one page (ADR 0030, issue 13):
/// <list type="number">
/// <item>tier 0: a field (code, name, …) starts with <c>q</c>; a field equal to <c>q</c> first;</item>
/// <item>tier 1: a later word of a field starts with <c>q</c> (<c>duc tho</c> finds <c>Trạm Y tế xã Đức Lạc, huyện
/// Đức Thọ</c>);</item>
/// <item>tier 2, the fallback: the search text contains <c>q</c> elsewhere (inside a word, <c>pshn</c> in
/// <c>BV-PSHN</c>). Only when tiers 0 and 1 leave the page short and <c>q</c> has 3 characters or more (a trigram),
/// and bounded: it examines at most <see cref="ContainsCandidates"/> rows containing <c>q</c> per page.</item>
/// </list>
/// Within tiers 0 and 1 rows follow the key (the matched text, then the tie column); a row is listed once, at its
/// first key. Tiers 0 and 1 are read in order from the btree on <c>(key, owner)</c> and stop after the page, so
/// their cost does not grow with the table or the number of matches. The sort key of the last row is the cursor.
/// </summary>
internal static class WordPrefixSearch
{
    /// <summary>Rows containing <c>q</c> that the contains tier examines per page: its documented cut-off.</summary>
    public const int ContainsCandidates = 1000;

    /// <summary>The contains tier needs one trigram.</summary>
    public const int ContainsMinimumLength = 3;

    /// <summary>Characters of folded text a key keeps from its word start (the migration's <c>left(…, 40)</c>).</summary>
    public const int KeyTextLength = 40;

    public static readonly SearchKeysTable Units = new("thidua.units", "thidua.unit_search_keys", "unit_id", "t.code");

    public static readonly SearchKeysTable People = new(
        "thidua.people", "thidua.person_search_keys", "person_id", "left(thidua.search_fold(t.full_name), 60)");

    /// <summary>
    /// How many keys of each prefix tier a first page reads, in multiples of the page (<c>limit + 1</c>): a unit with
    /// several word starts matching <c>q</c> has several keys, and the page lists it once, so the first page reads more
    /// keys than it lists, and falls back to the exhaustive statement when even these are too few distinct rows.
    /// </summary>
    public const int FirstPageKeysPerRow = 4;

    /// <summary>
    /// One page of a search: on a first page (no cursor) the cheaper statement, which answers whether its page is
    /// certainly complete, then, only when it is not, the exhaustive statement (<see cref="Build"/>).
    /// Every statement returns <c>sort_key</c>, then a boolean (the page is complete), then the columns of
    /// <paramref name="select"/>, which <paramref name="read"/> reads from ordinal 2 on.
    /// </summary>
    /// <returns>The page's rows, at most <paramref name="limit"/> + 1, each with its sort key (the cursor).</returns>
    public static async Task<List<(string SortKey, T Row)>> PageAsync<T>(
        ReadCommands reads,
        SearchKeysTable table,
        string q,
        KeysetCursor? after,
        int limit,
        IReadOnlyList<SearchFilter> filters,
        string select,
        Func<NpgsqlDataReader, T> read,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        ArgumentNullException.ThrowIfNull(read);
        var statement = Build(table, q, after, limit, filters, select, firstPage: after is null);
        if (statement is null)
        {
            return [];
        }

        await using var lease = await reads.OpenAsync(cancellationToken);
        var (rows, complete) = await ReadAsync(statement);
        return complete ? rows : (await ReadAsync(Build(table, q, after, limit, filters, select, firstPage: false)!)).Rows;

        async Task<(List<(string SortKey, T Row)> Rows, bool Complete)> ReadAsync(SearchStatement search)
        {
            var found = new List<(string SortKey, T Row)>(limit + 1);
            var certain = true;
            await using var command = lease.Command(search.Sql);
            command.Parameters.AddRange(search.Parameters.ToArray());
            await using var reader = await lease.ExecuteReaderAsync(command, System.Data.CommandBehavior.Default, cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                certain &= reader.GetBoolean(1);
                found.Add((reader.GetString(0), read(reader)));
            }

            return (found, certain);
        }
    }

    /// <summary>
    /// The statement for one page, or null when <paramref name="q"/> can match nothing (no letter or digit and fewer
    /// than three characters: a LIKE pattern of punctuation alone still has to contain it).
    /// </summary>
    /// <param name="table">The searched table.</param>
    /// <param name="q">The client's text, folded in SQL by <c>thidua.search_fold</c>.</param>
    /// <param name="after">The previous page's cursor: its key is a sort key of this search.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="filters">Equality conditions on columns of alias <c>t</c>.</param>
    /// <param name="select">Columns of alias <c>t</c> to return after <c>sort_key</c> and the completeness flag.</param>
    /// <param name="firstPage">
    /// The first page's statement (no cursor): each prefix tier reads up to <see cref="FirstPageKeysPerRow"/> keys per
    /// row of the page, in order, and keeps each row's first key among them, instead of probing every key read for an
    /// earlier key of the same row (half the statement's time at 1 M units, issue 13). Its flag is false when the keys
    /// read hold too few distinct rows to be sure of the page; the exhaustive statement (false here) always answers true.
    /// </param>
    public static SearchStatement? Build(
        SearchKeysTable table, string q, KeysetCursor? after, int limit, IReadOnlyList<SearchFilter> filters, string select, bool firstPage = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(filters);
        if (firstPage && after is not null)
        {
            throw new ArgumentException("A page after a cursor is not a first page.", nameof(firstPage));
        }

        // Which tiers can match, decided from the C# fold but erring on the side of running a tier: the statement
        // folds q in SQL and gates each tier on that fold, so a tier run for nothing costs one empty index probe.
        var folded = SearchFolding.Fold(q);
        var trimmed = q.Trim();
        var startTier = after is null ? 0 : TierOf(after);
        var prefix = SearchFolding.HasWord(folded) || trimmed.Any(c => c > '\u007F');
        var contains = Math.Max(folded.Length, trimmed.Length) >= ContainsMinimumLength;
        if (!prefix && !contains)
        {
            return null;
        }

        // Positional parameters: Npgsql sends the text as it is instead of rewriting named ones on every execution.
        var parameters = new List<NpgsqlParameter> { new() { Value = q, NpgsqlDbType = NpgsqlDbType.Text } };
        string Parameter(object value, NpgsqlDbType type)
        {
            parameters.Add(new NpgsqlParameter { Value = value, NpgsqlDbType = type });
            return "$" + parameters.Count.ToString(CultureInfo.InvariantCulture);
        }

        // The page size is written into the statement, not sent as a parameter: with LIMIT $n the generic plan's
        // cost is estimated for an unknown (10 %) fraction of the rows, so PostgreSQL never prefers it and plans every
        // execution anew (pg_prepared_statements showed 0 generic plans); with the literal it switches to the generic
        // plan after five executions. A client uses one or two page sizes, so few statements are prepared.
        var rows = (limit + 1).ToString(CultureInfo.InvariantCulture);
        var keysRead = ((limit + 1) * FirstPageKeysPerRow).ToString(CultureInfo.InvariantCulture);
        var (afterKey, afterId) = after is null
            ? (string.Empty, string.Empty)
            : (Parameter(after.Key, NpgsqlDbType.Text), Parameter(after.Id, NpgsqlDbType.Uuid));
        var filterSql = string.Concat(filters.Select(f => $"\n      AND t.{f.Column} = {Parameter(f.Value, f.Type)}"));
        var longQuery = Math.Max(folded.Length, trimmed.Length) > KeyTextLength;
        var k = table.KeysTable;
        var owner = table.OwnerColumn;
        const string InRanges = "((d.key >= (SELECT p0 FROM b) AND d.key < (SELECT h0 FROM b)) OR (d.key >= (SELECT p1 FROM b) AND d.key < (SELECT h1 FROM b)))";

        var sql = new StringBuilder();
        sql.Append(CultureInfo.InvariantCulture, $"""
            WITH b AS MATERIALIZED (
                SELECT f, p0, p0 || chr(1114111) AS h0, p1, p1 || chr(1114111) AS h1,
                       '%' || replace(replace(replace(f, '\', '\\'), '%', '\%'), '_', '\_') || '%' AS pattern
                FROM (SELECT f, ('0' || left(f, {KeyTextLength})) COLLATE "C" AS p0, ('1' || left(f, {KeyTextLength})) COLLATE "C" AS p1
                      FROM (SELECT thidua.search_fold($1) AS f) AS x) AS y
            )
            """);
        var tiers = prefix ? Enumerable.Range(startTier, Math.Max(0, 2 - startTier)).ToList() : [];

        // Reads the keys of one prefix tier in order from the btree, under the filters and the long query's recheck.
        string TierKeys(int tier, string condition, string limitRows)
        {
            var resumes = after is not null && tier == startTier;
            var lower = resumes ? $"GREATEST((SELECT p{tier} FROM b), {afterKey} COLLATE \"C\")" : $"(SELECT p{tier} FROM b)";
            var join = filters.Count > 0 || longQuery ? $"\n    JOIN {table.Table} t ON t.id = k.{owner}" : string.Empty;
            var resume = resumes ? $"\n      AND (k.key, k.{owner}) > ({afterKey} COLLATE \"C\", {afterId})" : string.Empty;
            var recheck = longQuery ? "\n      AND (length((SELECT f FROM b)) <= " + KeyTextLength + " OR t.search_text LIKE (SELECT pattern FROM b))" : string.Empty;
            return $"""
                SELECT k.key AS sort_key, k.{owner} AS owner_id
                    FROM {k} k{join}
                    WHERE {condition}k.key >= {lower} AND k.key < (SELECT h{tier} FROM b){resume}{recheck}{filterSql}
                    ORDER BY k.key, k.{owner}
                    LIMIT {limitRows}
                """;
        }

        // Whether the page is certainly complete, and how the contains tier leaves out rows the prefix tiers list (and,
        // on a first page, runs only when the prefix tiers' rows are certain: otherwise the exhaustive statement follows).
        string complete;
        string notPrefix;
        var containsGate = string.Empty;
        if (firstPage && tiers.Count > 0)
        {
            // Tier 1 is read only when tier 0 was read to its end with too few rows for the page. The page is certain
            // when it is full, or when both tiers were read to their end: every key in the ranges was then seen.
            sql.Append(CultureInfo.InvariantCulture, $"""
                ,
                s0 AS MATERIALIZED (
                    {TierKeys(0, string.Empty, keysRead)}
                ),
                s1 AS MATERIALIZED (
                    {TierKeys(1, $"(SELECT count(*) FROM s0) < {keysRead} AND (SELECT count(DISTINCT owner_id) FROM s0) < {rows}\n      AND ", keysRead)}
                ),
                hits AS MATERIALIZED (
                    SELECT sort_key, owner_id FROM (
                        SELECT sort_key, owner_id, row_number() OVER (PARTITION BY owner_id ORDER BY sort_key) AS n
                        FROM (SELECT sort_key, owner_id FROM s0 UNION ALL SELECT sort_key, owner_id FROM s1) AS u) AS x
                    WHERE n = 1
                    ORDER BY sort_key, owner_id
                    LIMIT {rows}
                ),
                certain AS MATERIALIZED (
                    SELECT (SELECT count(*) FROM hits) >= {rows} OR ((SELECT count(*) FROM s0) < {keysRead} AND (SELECT count(*) FROM s1) < {keysRead}) AS complete
                )
                """);
            complete = "(SELECT complete FROM certain)";
            containsGate = complete + " AND ";

            // Complete and short: hits holds every row with a key in the ranges.
            notPrefix = "\n      AND c.id NOT IN (SELECT owner_id FROM hits)";
        }
        else
        {
            if (tiers.Count > 0)
            {
                sql.Append(",\nhits AS MATERIALIZED (\n");
                sql.AppendJoin("\n  UNION ALL\n", tiers.Select(tier => "  (" + TierKeys(
                    tier,
                    $"NOT EXISTS (SELECT 1 FROM {k} d WHERE d.{owner} = k.{owner} AND d.key < k.key AND {InRanges})\n      AND ",
                    rows) + ")"));
                sql.Append("\n)");
            }

            complete = "true";

            // A correlated count rather than NOT EXISTS: the planner may turn NOT EXISTS into a hash anti join that
            // reads every key matching q (seen in the generic plan), unbounded; the count is one probe per candidate.
            notPrefix = prefix ? $"\n      AND (SELECT count(*) FROM {k} d WHERE d.{owner} = c.id AND {InRanges}) = 0" : string.Empty;
        }

        var branches = new List<string>();
        if (tiers.Count > 0)
        {
            branches.Add("SELECT sort_key, owner_id FROM hits");
        }

        if (contains)
        {
            var gate = tiers.Count > 0 ? $"(SELECT count(*) FROM hits) < {rows} AND {containsGate}" : string.Empty;
            var resume = after is not null && startTier == 2 ? $"\n          AND ({table.TieSql} COLLATE \"C\", t.id) > (substr({afterKey}, 2) COLLATE \"C\", {afterId})" : string.Empty;
            var join = filters.Count > 0 ? $"\n    JOIN {table.Table} t ON t.id = c.id" : string.Empty;
            branches.Add($"""
                SELECT ('2' || c.tie) COLLATE "C", c.id
                    FROM (SELECT t.id, {table.TieSql} AS tie
                          FROM {table.Table} t
                          WHERE {gate}length((SELECT f FROM b)) >= {ContainsMinimumLength}
                            AND t.search_text LIKE (SELECT pattern FROM b){resume}
                          LIMIT {ContainsCandidates}) AS c{join}
                    WHERE true{notPrefix}{filterSql}
                """);
        }

        sql.Append(CultureInfo.InvariantCulture, $"""

            SELECT s.sort_key, {complete}, {select}
            FROM (SELECT sort_key, owner_id FROM (
                    {string.Join("\n    UNION ALL\n    ", branches)}
                  ) AS found (sort_key, owner_id)
                  ORDER BY 1, 2
                  LIMIT {rows}) AS s
            JOIN {table.Table} t ON t.id = s.owner_id
            ORDER BY s.sort_key, s.owner_id
            """);
        return new SearchStatement(sql.ToString(), parameters);
    }

    /// <summary>The tier a search cursor resumes in: its key starts with the tier's digit.</summary>
    private static int TierOf(KeysetCursor after) => after.Key switch
    {
        ['0', ..] => 0,
        ['1', ..] => 1,
        ['2', ..] => 2,
        _ => throw new ValidationException([new ValidationFailure("cursor", new ThiDua.Domain.Common.LocalizedText(
            "Con trỏ phân trang (cursor) không thuộc kết quả tìm kiếm này. Hãy dùng giá trị nextCursor của trang trước với cùng q.",
            "The cursor does not belong to this search. Use the nextCursor of a previous page with the same q.").Current)]),
    };
}

/// <summary>A search statement and its positional parameters.</summary>
internal sealed record SearchStatement(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>
/// A filter of a search: column <see cref="Column"/> of alias <c>t</c> equals <see cref="Value"/>, sent as a parameter.
/// The column name is written into the statement: it is a constant of the query service, never the client's text.
/// </summary>
internal sealed record SearchFilter(string Column, object Value, NpgsqlDbType Type);
