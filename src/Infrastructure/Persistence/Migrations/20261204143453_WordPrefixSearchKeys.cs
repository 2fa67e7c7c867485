using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Word-prefix search for units and people (ADR 0030, issue 13): one row per word start of the searchable fields,
    /// kept by statement-level triggers from every write (the application's, an import's, the bench loader's), and
    /// back-filled here for the rows that exist.
    /// </summary>
    public partial class WordPrefixSearchKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // search_fold: search_normalize (lower-case, unaccent: diacritics removed, đ/Đ/Ð → d, full-width forms →
            // ASCII), then runs of white space (Unicode's, the no-break spaces included) and control characters → one
            // space, trimmed. The characters are listed rather than [[:space:]], which depends on the database's
            // LC_CTYPE. The C# mirror is SearchFolding.Fold; SearchFoldingAgreementTests compares both on PostgreSQL.
            //
            // search_keys: for each field, one key per word start (a word is a run of letters and digits):
            //   rank ('0' at the field's first word, '1' at any later word) || the folded text from that word on, cut
            //   at 40 characters || chr(1) || tie (the unit's code, the person's folded name).
            // A query q then matches the keys in [rank || q, rank || q || U+10FFFF) under COLLATE "C", served in
            // order by the btree on (key, owner), and stops after one page. chr(1) sorts before every printable
            // character, so a field ending exactly with q sorts first, and ties sort by the tie column.
            migrationBuilder.Sql("""
                CREATE FUNCTION thidua.search_fold(value text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT btrim(regexp_replace(thidua.search_normalize(value), '[\u0001-\u0020\u007F-\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+', ' ', 'g')) $$;

                CREATE FUNCTION thidua.search_keys(fields text[], tie text) RETURNS SETOF text
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

                CREATE TABLE thidua.unit_search_keys (
                    unit_id uuid NOT NULL REFERENCES thidua.units (id) ON DELETE CASCADE,
                    key text COLLATE "C" NOT NULL,
                    CONSTRAINT pk_unit_search_keys PRIMARY KEY (unit_id, key)
                );

                CREATE FUNCTION thidua.unit_search_keys_sync() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' THEN
                        -- Two statements: the insert sees the delete (a unit's unchanged keys are deleted and re-inserted).
                        DELETE FROM thidua.unit_search_keys k USING new_rows n JOIN old_rows o ON o.id = n.id
                        WHERE k.unit_id = n.id
                          AND (n.code, n.name, n.short_name, n.agency_code) IS DISTINCT FROM (o.code, o.name, o.short_name, o.agency_code);
                        INSERT INTO thidua.unit_search_keys (unit_id, key)
                        SELECT n.id, k.key FROM new_rows n JOIN old_rows o ON o.id = n.id
                        CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.code, n.name, n.short_name, n.agency_code], n.code) AS k(key)
                        WHERE (n.code, n.name, n.short_name, n.agency_code) IS DISTINCT FROM (o.code, o.name, o.short_name, o.agency_code);
                    ELSE
                        INSERT INTO thidua.unit_search_keys (unit_id, key)
                        SELECT n.id, k.key FROM new_rows n
                        CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.code, n.name, n.short_name, n.agency_code], n.code) AS k(key);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER unit_search_keys_insert AFTER INSERT ON thidua.units
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_search_keys_sync();
                CREATE TRIGGER unit_search_keys_update AFTER UPDATE ON thidua.units
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_search_keys_sync();

                INSERT INTO thidua.unit_search_keys (unit_id, key)
                SELECT u.id, k.key FROM thidua.units u
                CROSS JOIN LATERAL thidua.search_keys(ARRAY[u.code, u.name, u.short_name, u.agency_code], u.code) AS k(key);
                CREATE INDEX ix_unit_search_keys_key ON thidua.unit_search_keys (key, unit_id);

                CREATE TABLE thidua.person_search_keys (
                    person_id uuid NOT NULL REFERENCES thidua.people (id) ON DELETE CASCADE,
                    key text COLLATE "C" NOT NULL,
                    CONSTRAINT pk_person_search_keys PRIMARY KEY (person_id, key)
                );

                CREATE FUNCTION thidua.person_search_keys_sync() RETURNS trigger
                LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' THEN
                        DELETE FROM thidua.person_search_keys k USING new_rows n JOIN old_rows o ON o.id = n.id
                        WHERE k.person_id = n.id
                          AND (n.full_name, n.civil_servant_code) IS DISTINCT FROM (o.full_name, o.civil_servant_code);
                        INSERT INTO thidua.person_search_keys (person_id, key)
                        SELECT n.id, k.key FROM new_rows n JOIN old_rows o ON o.id = n.id
                        CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.full_name, n.civil_servant_code], left(thidua.search_fold(n.full_name), 60)) AS k(key)
                        WHERE (n.full_name, n.civil_servant_code) IS DISTINCT FROM (o.full_name, o.civil_servant_code);
                    ELSE
                        INSERT INTO thidua.person_search_keys (person_id, key)
                        SELECT n.id, k.key FROM new_rows n
                        CROSS JOIN LATERAL thidua.search_keys(ARRAY[n.full_name, n.civil_servant_code], left(thidua.search_fold(n.full_name), 60)) AS k(key);
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER person_search_keys_insert AFTER INSERT ON thidua.people
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.person_search_keys_sync();
                CREATE TRIGGER person_search_keys_update AFTER UPDATE ON thidua.people
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.person_search_keys_sync();

                INSERT INTO thidua.person_search_keys (person_id, key)
                SELECT p.id, k.key FROM thidua.people p
                CROSS JOIN LATERAL thidua.search_keys(ARRAY[p.full_name, p.civil_servant_code], left(thidua.search_fold(p.full_name), 60)) AS k(key);
                CREATE INDEX ix_person_search_keys_key ON thidua.person_search_keys (key, person_id);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS person_search_keys_update ON thidua.people;
                DROP TRIGGER IF EXISTS person_search_keys_insert ON thidua.people;
                DROP FUNCTION IF EXISTS thidua.person_search_keys_sync();
                DROP TABLE IF EXISTS thidua.person_search_keys;
                DROP TRIGGER IF EXISTS unit_search_keys_update ON thidua.units;
                DROP TRIGGER IF EXISTS unit_search_keys_insert ON thidua.units;
                DROP FUNCTION IF EXISTS thidua.unit_search_keys_sync();
                DROP TABLE IF EXISTS thidua.unit_search_keys;
                DROP FUNCTION IF EXISTS thidua.search_keys(text[], text);
                DROP FUNCTION IF EXISTS thidua.search_fold(text);
                """);
        }
    }
}
