using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// A unit's details as stored JSON (issue 13 target 1, ADR 0045): table unit_documents holds, per unit, the body a
    /// GET of the unit answers and the unit's version, written by PostgreSQL itself in the transaction that changes
    /// what the body shows. Statement-level triggers on units and unit_lineage_events refresh the documents of the
    /// units changed, of their old and new successors (whose predecessors they are), and, when a unit's code, name or
    /// status changes, of the units that show it as parent or successor. refresh_unit_documents locks the documents it
    /// is about to write before it reads what goes into them (a new statement, hence a new snapshot under READ
    /// COMMITTED), so of two transactions refreshing one document the second waits for the first to commit and writes
    /// what both changed. The body is built in the property order, names and formats of UnitDetailsDto as the API's
    /// serialiser writes it (camelCase names and enum values, ISO dates, timestamps in UTC with "+00:00"); existing
    /// units get theirs at the end of Up.
    /// </summary>
    public partial class UnitDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE thidua.unit_documents (
                    unit_id uuid NOT NULL,
                    version bigint NOT NULL,
                    document text NOT NULL,
                    CONSTRAINT pk_unit_documents PRIMARY KEY (unit_id),
                    CONSTRAINT fk_unit_documents_units_unit_id FOREIGN KEY (unit_id) REFERENCES thidua.units (id) ON DELETE CASCADE
                );

                CREATE FUNCTION thidua.json_enum_name(value text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE
                AS $$ SELECT lower(left(value, 1)) || substr(value, 2) $$;

                CREATE FUNCTION thidua.refresh_unit_documents(ids uuid[]) RETURNS void
                LANGUAGE plpgsql SET timezone = 'UTC'
                AS $$
                BEGIN
                    IF cardinality(ids) = 0 THEN
                        RETURN;
                    END IF;

                    PERFORM 1 FROM thidua.unit_documents d WHERE d.unit_id = ANY (ids) ORDER BY d.unit_id FOR UPDATE;

                    INSERT INTO thidua.unit_documents AS d (unit_id, version, document)
                    SELECT u.id, u.xmin::text::bigint, row_to_json(doc)::text
                    FROM thidua.units u
                    LEFT JOIN thidua.units p ON p.id = u.parent_id
                    LEFT JOIN thidua.units s ON s.id = u.successor_id
                    CROSS JOIN LATERAL (
                        SELECT u.id, u.code, u.agency_code AS "agencyCode", u.name, u.short_name AS "shortName",
                               thidua.json_enum_name(u.kind) AS kind,
                               (SELECT row_to_json(r) FROM (SELECT p.id, p.code, p.name, thidua.json_enum_name(p.status) AS status) r WHERE p.id IS NOT NULL) AS parent,
                               u.province, thidua.json_enum_name(u.status) AS status, u.valid_from AS "validFrom", u.valid_to AS "validTo",
                               (SELECT row_to_json(r) FROM (SELECT s.id, s.code, s.name, thidua.json_enum_name(s.status) AS status) r WHERE s.id IS NOT NULL) AS successor,
                               coalesce((SELECT ('[' || string_agg(row_to_json(r)::text, ',' ORDER BY r.code, r.id) || ']')::json
                                         FROM (SELECT x.id, x.code, x.name, thidua.json_enum_name(x.status) AS status
                                               FROM thidua.units x WHERE x.successor_id = u.id) r), '[]'::json) AS predecessors,
                               coalesce((SELECT ('[' || string_agg(row_to_json(r)::text, ',' ORDER BY r."effectiveOn", r."recordedAt", r.id) || ']')::json
                                         FROM (SELECT e.id, thidua.json_enum_name(e.type) AS type, e.effective_on AS "effectiveOn",
                                                      (SELECT row_to_json(b) FROM (SELECT e.legal_basis_number AS number, e.legal_basis_date AS date,
                                                              e.legal_basis_issuer AS issuer, e.legal_basis_document_id AS "documentId") b) AS "legalBasis",
                                                      e.previous_name AS "previousName", e.new_name AS "newName",
                                                      e.previous_parent_id AS "previousParentId", e.new_parent_id AS "newParentId",
                                                      e.successor_id AS "successorId", e.note, e.recorded_at AS "recordedAt"
                                               FROM thidua.unit_lineage_events e WHERE e.unit_id = u.id) r), '[]'::json) AS "lineageEvents",
                               u.created_at AS "createdAt", u.updated_at AS "updatedAt", u.xmin::text::bigint AS version
                    ) doc
                    WHERE u.id = ANY (ids)
                    ON CONFLICT (unit_id) DO UPDATE SET version = excluded.version, document = excluded.document;
                END
                $$;

                CREATE FUNCTION thidua.unit_documents_after_units_insert() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM thidua.refresh_unit_documents(ARRAY(
                        SELECT n.id FROM new_rows n
                        UNION SELECT n.successor_id FROM new_rows n WHERE n.successor_id IS NOT NULL));
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION thidua.unit_documents_after_units_update() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM thidua.refresh_unit_documents(ARRAY(
                        SELECT n.id FROM new_rows n
                        UNION SELECT n.successor_id FROM new_rows n WHERE n.successor_id IS NOT NULL
                        UNION SELECT o.successor_id FROM old_rows o WHERE o.successor_id IS NOT NULL
                        UNION SELECT x.id
                              FROM new_rows n JOIN old_rows o ON o.id = n.id
                              JOIN thidua.units x ON x.parent_id = n.id OR x.successor_id = n.id
                              WHERE (o.code, o.name, o.status) IS DISTINCT FROM (n.code, n.name, n.status)));
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION thidua.unit_documents_after_units_delete() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    PERFORM thidua.refresh_unit_documents(ARRAY(
                        SELECT o.successor_id FROM old_rows o WHERE o.successor_id IS NOT NULL
                        UNION SELECT x.id FROM old_rows o JOIN thidua.units x ON x.parent_id = o.id OR x.successor_id = o.id));
                    RETURN NULL;
                END
                $$;

                CREATE FUNCTION thidua.unit_documents_after_lineage_change() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
                BEGIN
                    IF TG_OP = 'INSERT' THEN
                        PERFORM thidua.refresh_unit_documents(ARRAY(SELECT DISTINCT n.unit_id FROM new_rows n));
                    ELSIF TG_OP = 'UPDATE' THEN
                        PERFORM thidua.refresh_unit_documents(ARRAY(SELECT n.unit_id FROM new_rows n UNION SELECT o.unit_id FROM old_rows o));
                    ELSE
                        PERFORM thidua.refresh_unit_documents(ARRAY(SELECT DISTINCT o.unit_id FROM old_rows o));
                    END IF;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER unit_documents_insert AFTER INSERT ON thidua.units
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_units_insert();
                CREATE TRIGGER unit_documents_update AFTER UPDATE ON thidua.units
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_units_update();
                CREATE TRIGGER unit_documents_delete AFTER DELETE ON thidua.units
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_units_delete();
                CREATE TRIGGER unit_documents_lineage_insert AFTER INSERT ON thidua.unit_lineage_events
                    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_lineage_change();
                CREATE TRIGGER unit_documents_lineage_update AFTER UPDATE ON thidua.unit_lineage_events
                    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_lineage_change();
                CREATE TRIGGER unit_documents_lineage_delete AFTER DELETE ON thidua.unit_lineage_events
                    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION thidua.unit_documents_after_lineage_change();
                """);
            migrationBuilder.Sql("SELECT thidua.refresh_unit_documents(ARRAY(SELECT id FROM thidua.units));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER unit_documents_lineage_delete ON thidua.unit_lineage_events;
                DROP TRIGGER unit_documents_lineage_update ON thidua.unit_lineage_events;
                DROP TRIGGER unit_documents_lineage_insert ON thidua.unit_lineage_events;
                DROP TRIGGER unit_documents_delete ON thidua.units;
                DROP TRIGGER unit_documents_update ON thidua.units;
                DROP TRIGGER unit_documents_insert ON thidua.units;
                DROP FUNCTION thidua.unit_documents_after_lineage_change();
                DROP FUNCTION thidua.unit_documents_after_units_delete();
                DROP FUNCTION thidua.unit_documents_after_units_update();
                DROP FUNCTION thidua.unit_documents_after_units_insert();
                DROP FUNCTION thidua.refresh_unit_documents(uuid[]);
                DROP FUNCTION thidua.json_enum_name(text);
                DROP TABLE thidua.unit_documents;
                """);
        }
    }
}
