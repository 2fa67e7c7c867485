using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "thidua");

            // Extensions live in schema public (a role named like the schema would otherwise receive them).
            // Accent- and case-insensitive search: unaccent() is STABLE, so generated columns and indexes need an
            // IMMUTABLE wrapper with the dictionary named explicitly (PostgreSQL docs, unaccent).
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
                CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
                CREATE OR REPLACE FUNCTION thidua.search_normalize(value text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;
                """);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    display_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    operation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    resource_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    resource_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changes = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    state = table.Column<JsonDocument>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            // The audit log is append-only: no row may be changed or removed.
            migrationBuilder.Sql("""
                CREATE FUNCTION thidua.reject_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'thidua.audit_entries is append-only (% rejected)', TG_OP;
                END $$;
                CREATE TRIGGER audit_entries_append_only
                    BEFORE UPDATE OR DELETE ON thidua.audit_entries
                    FOR EACH ROW EXECUTE FUNCTION thidua.reject_audit_change();
                """);

            migrationBuilder.CreateTable(
                name: "units",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    short_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, ''))", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_units_units_parent_id",
                        column: x => x.parent_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_units_units_successor_id",
                        column: x => x.successor_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "clusters",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    managing_authority_id = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    grouping_decision_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    grouping_decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    grouping_decision_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    name_key = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(name)", stored: true),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "thidua.search_normalize(name)", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_clusters", x => x.id);
                    table.ForeignKey(
                        name: "fk_clusters_units_managing_authority_id",
                        column: x => x.managing_authority_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_lineage_events",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    effective_on = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_basis_date = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    previous_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    new_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    previous_parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    new_parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_lineage_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_unit_lineage_events_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cluster_terms",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    head_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deputy_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cluster_terms", x => x.id);
                    table.ForeignKey(
                        name: "fk_cluster_terms_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalSchema: "thidua",
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cluster_elections",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    head_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    deputy_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    document_date = table.Column<DateOnly>(type: "date", nullable: false),
                    document_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cluster_elections", x => x.id);
                    table.ForeignKey(
                        name: "fk_cluster_elections_cluster_terms_term_id",
                        column: x => x.term_id,
                        principalSchema: "thidua",
                        principalTable: "cluster_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cluster_members",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    managing_authority_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    joined_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true),
                    leave_reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cluster_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_cluster_members_cluster_terms_term_id",
                        column: x => x.term_id,
                        principalSchema: "thidua",
                        principalTable: "cluster_terms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_cluster_members_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_resource_id_id",
                schema: "thidua",
                table: "audit_entries",
                columns: new[] { "resource_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cluster_elections_term_id",
                schema: "thidua",
                table: "cluster_elections",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_cluster_members_term_id",
                schema: "thidua",
                table: "cluster_members",
                column: "term_id");

            migrationBuilder.CreateIndex(
                name: "ix_cluster_members_unit_id",
                schema: "thidua",
                table: "cluster_members",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_cluster_members_one_grouping_per_year",
                schema: "thidua",
                table: "cluster_members",
                columns: new[] { "managing_authority_id", "cluster_kind", "year", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_cluster_terms_cluster_year",
                schema: "thidua",
                table: "cluster_terms",
                columns: new[] { "cluster_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_clusters_search_text",
                schema: "thidua",
                table: "clusters",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ux_clusters_managing_authority_name",
                schema: "thidua",
                table: "clusters",
                columns: new[] { "managing_authority_id", "name_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unit_lineage_events_successor_id",
                schema: "thidua",
                table: "unit_lineage_events",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_lineage_events_unit_id",
                schema: "thidua",
                table: "unit_lineage_events",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_parent_id",
                schema: "thidua",
                table: "units",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_units_search_text",
                schema: "thidua",
                table: "units",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_units_successor_id",
                schema: "thidua",
                table: "units",
                column: "successor_id");

            migrationBuilder.CreateIndex(
                name: "ux_units_code",
                schema: "thidua",
                table: "units",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entries_append_only ON thidua.audit_entries;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS thidua.reject_audit_change();");
            migrationBuilder.DropTable(
                name: "audit_entries",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "cluster_elections",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "cluster_members",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "unit_lineage_events",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "cluster_terms",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "clusters",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "units",
                schema: "thidua");

            migrationBuilder.Sql("DROP FUNCTION IF EXISTS thidua.search_normalize(text);");
        }
    }
}
