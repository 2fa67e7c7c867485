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
    /// The statement for one page, or null when <paramref name="q"/> can match nothing (no letter or digit and fewer
    /// than three characters: a LIKE pattern of punctuation alone still has to contain it).
    /// </summary>
    /// <param name="table">The searched table.</param>
    /// <param name="q">The client's text, folded in SQL by <c>thidua.search_fold</c>.</param>
    /// <param name="after">The previous page's cursor: its key is a sort key of this search.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="filters">Conditions on alias <c>t</c>, with their parameters.</param>
    /// <param name="select">Columns of alias <c>t</c> to return after <c>sort_key</c>.</param>
    public static SearchStatement? Build(
        SearchKeysTable table, string q, KeysetCursor? after, int limit, IReadOnlyList<(string Sql, NpgsqlParameter Parameter)> filters, string select)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(filters);
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

        var parameters = new List<NpgsqlParameter>
        {
            new("q", NpgsqlDbType.Text) { Value = q },
        };

        // The page size is written into the statement, not sent as a parameter: with LIMIT $n the generic plan's
        // cost is estimated for an unknown (10 %) fraction of the rows, so PostgreSQL never prefers it and plans every
        // execution anew (pg_prepared_statements showed 0 generic plans); with the literal it switches to the generic
        // plan after five executions. A client uses one or two page sizes, so few statements are prepared.
        var rows = (limit + 1).ToString(CultureInfo.InvariantCulture);
        if (after is not null)
        {
            parameters.Add(new NpgsqlParameter("after_key", NpgsqlDbType.Text) { Value = after.Key });
            parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Uuid) { Value = after.Id });
        }

        parameters.AddRange(filters.Select(f => f.Parameter));
        var filterSql = string.Concat(filters.Select(f => "\n      AND " + f.Sql));
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
                      FROM (SELECT thidua.search_fold(@q) AS f) AS x) AS y
            )
            """);
        var tiers = prefix ? Enumerable.Range(startTier, Math.Max(0, 2 - startTier)).ToList() : [];
        if (tiers.Count > 0)
        {
            sql.Append(",\nhits AS MATERIALIZED (\n");
            sql.AppendJoin("\n  UNION ALL\n", tiers.Select(tier =>
            {
                var resumes = after is not null && tier == startTier;
                var lower = resumes ? $"GREATEST((SELECT p{tier} FROM b), @after_key COLLATE \"C\")" : $"(SELECT p{tier} FROM b)";
                var join = filters.Count > 0 || longQuery ? $"\n    JOIN {table.Table} t ON t.id = k.{owner}" : string.Empty;
                var resume = resumes ? $"\n      AND (k.key, k.{owner}) > (@after_key COLLATE \"C\", @after_id)" : string.Empty;
                var recheck = longQuery ? "\n      AND (length((SELECT f FROM b)) <= " + KeyTextLength + " OR t.search_text LIKE (SELECT pattern FROM b))" : string.Empty;
                return $"""
                      (SELECT k.key AS sort_key, k.{owner} AS owner_id
                        FROM {k} k{join}
                        WHERE k.key >= {lower} AND k.key < (SELECT h{tier} FROM b){resume}
                          AND NOT EXISTS (SELECT 1 FROM {k} d WHERE d.{owner} = k.{owner} AND d.key < k.key AND {InRanges}){recheck}{filterSql}
                        ORDER BY k.key, k.{owner}
                        LIMIT {rows})
                    """;
            }));
            sql.Append("\n)");
        }

        var branches = new List<string>();
        if (tiers.Count > 0)
        {
            branches.Add("SELECT sort_key, owner_id FROM hits");
        }

        if (contains)
        {
            var gate = tiers.Count > 0 ? $"(SELECT count(*) FROM hits) < {rows} AND " : string.Empty;
            var resume = after is not null && startTier == 2 ? $"\n          AND ({table.TieSql} COLLATE \"C\", t.id) > (substr(@after_key, 2) COLLATE \"C\", @after_id)" : string.Empty;
            var join = filters.Count > 0 ? $"\n    JOIN {table.Table} t ON t.id = c.id" : string.Empty;
            // A correlated count rather than NOT EXISTS: the planner may turn NOT EXISTS into a hash anti join that
            // reads every key matching q (seen in the generic plan), unbounded; the count is one probe per candidate.
            var notPrefix = prefix ? $"\n      AND (SELECT count(*) FROM {k} d WHERE d.{owner} = c.id AND {InRanges}) = 0" : string.Empty;
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

            SELECT s.sort_key, {select}
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

/// <summary>A search statement and its parameters.</summary>
internal sealed record SearchStatement(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);
