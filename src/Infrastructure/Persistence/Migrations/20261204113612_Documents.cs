using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Documents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "agency_code",
                schema: "thidua",
                table: "units",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "search_text",
                schema: "thidua",
                table: "units",
                type: "text",
                nullable: true,
                computedColumnSql: "thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, '') || ' ' || coalesce(agency_code, ''))",
                stored: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true,
                oldComputedColumnSql: "thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, ''))",
                oldStored: true);

            migrationBuilder.CreateTable(
                name: "documents",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    agency_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    number = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: false),
                    notation = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "date", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    signer_position = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signer_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    page_count = table.Column<int>(type: "integer", nullable: true),
                    recipients = table.Column<string[]>(type: "text[]", nullable: false),
                    e_office_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    file_content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    file_size = table.Column<long>(type: "bigint", nullable: true),
                    file_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    signatures_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "thidua.search_normalize(subject || ' ' || number || '/' || notation || ' ' || agency_name)", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_documents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "document_files",
                schema: "thidua",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_files", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_document_files_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "thidua",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "document_signatures",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    index = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    signer_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    signer_subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    issuer_subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    certificate_serial_number = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    covers_whole_file = table.Column<bool>(type: "boolean", nullable: false),
                    integrity_valid = table.Column<bool>(type: "boolean", nullable: false),
                    later_signature_covers_rest = table.Column<bool>(type: "boolean", nullable: false),
                    chain_trusted = table.Column<bool>(type: "boolean", nullable: false),
                    certificate_valid_at_signing = table.Column<bool>(type: "boolean", nullable: false),
                    detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_signatures", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_signatures_documents_document_id",
                        column: x => x.document_id,
                        principalSchema: "thidua",
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_units_agency_code",
                schema: "thidua",
                table: "units",
                column: "agency_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_document_signatures_document_id",
                schema: "thidua",
                table: "document_signatures",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_documents_issued_on",
                schema: "thidua",
                table: "documents",
                column: "issued_on");

            migrationBuilder.CreateIndex(
                name: "ix_documents_search_text",
                schema: "thidua",
                table: "documents",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ux_documents_identity",
                schema: "thidua",
                table: "documents",
                columns: new[] { "agency_code", "number", "notation", "issued_on", "type" },
                unique: true);

            // PDFs are compressed already: store them out of line without trying to compress them again (ADR 0023).
            migrationBuilder.Sql("ALTER TABLE thidua.document_files ALTER COLUMN content SET STORAGE EXTERNAL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_files",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "document_signatures",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "documents",
                schema: "thidua");

            migrationBuilder.DropIndex(
                name: "ux_units_agency_code",
                schema: "thidua",
                table: "units");

            migrationBuilder.DropColumn(
                name: "agency_code",
                schema: "thidua",
                table: "units");

            migrationBuilder.AlterColumn<string>(
                name: "search_text",
                schema: "thidua",
                table: "units",
                type: "text",
                nullable: true,
                computedColumnSql: "thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, ''))",
                stored: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true,
                oldComputedColumnSql: "thidua.search_normalize(code || ' ' || name || ' ' || coalesce(short_name, '') || ' ' || coalesce(agency_code, ''))",
                oldStored: true);
        }
    }
}
