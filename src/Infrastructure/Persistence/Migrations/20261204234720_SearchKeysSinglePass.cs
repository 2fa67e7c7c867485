using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// search_keys computes the same keys in one pass over each field (issue 16, ADR 0030 amendment). The previous body
    /// folded each field once per word (the planner inlined the folded value into every use) and found word n by
    /// scanning from the field's start again (regexp_instr(v, …, 1, n)): quadratic in the words, about 150 µs a unit
    /// (15 s for 100 000 units on the shared machine), paid by every unit and person insert, import and bench load.
    /// Now the fold is computed once per field (OFFSET 0 keeps it a separate step) and one regexp_matches pass splits
    /// the field into (separators, word) pieces that tile it, so word n starts after the lengths of the pieces before
    /// it plus its own separators. Same keys for every input (checked on 100 000 bench-shaped units both ways, and by
    /// SearchFoldingAgreementTests and the search tests); rows already keyed stay as they are.
    /// </summary>
    public partial class SearchKeysSinglePass : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION thidua.search_keys(fields text[], tie text) RETURNS SETOF text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$
                    SELECT DISTINCT ((CASE WHEN w.n = 1 THEN '0' ELSE '1' END)
                           || left(substr(f.v, w.start::integer), 40)
                           || chr(1) || coalesce(tie, '')) COLLATE "C"
                    FROM unnest(fields) AS raw(value)
                    CROSS JOIN LATERAL (SELECT thidua.search_fold(raw.value) AS v OFFSET 0) AS f
                    CROSS JOIN LATERAL (
                        SELECT m.n,
                               1 + coalesce(sum(length(m.piece[1]) + length(m.piece[2])) OVER (ORDER BY m.n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                                 + length(m.piece[1]) AS start
                        FROM regexp_matches(f.v, '([^[:alnum:]]*)([[:alnum:]]+)', 'g') WITH ORDINALITY AS m(piece, n)) AS w
                    WHERE raw.value IS NOT NULL
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION thidua.search_keys(fields text[], tie text) RETURNS SETOF text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$
                    SELECT DISTINCT ((CASE WHEN w.n = 1 THEN '0' ELSE '1' END)
                           || left(substr(f.v, regexp_instr(f.v, '[[:alnum:]]+', 1, w.n)), 40)
                           || chr(1) || coalesce(tie, '')) COLLATE "C"
                    FROM unnest(fields) AS raw(value)
                    CROSS JOIN LATERAL (SELECT thidua.search_fold(raw.value) AS v) AS f
                    CROSS JOIN LATERAL generate_series(1, regexp_count(f.v, '[[:alnum:]]+')) AS w(n)
                    WHERE raw.value IS NOT NULL
                $$;
                """);
        }
    }
}
