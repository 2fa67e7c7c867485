using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Imports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imports",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    total_rows = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_by_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_roles = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    rows_read = table.Column<int>(type: "integer", nullable: false),
                    rows_valid = table.Column<int>(type: "integer", nullable: false),
                    rows_written = table.Column<int>(type: "integer", nullable: false),
                    rows_matched = table.Column<int>(type: "integer", nullable: false),
                    error_count = table.Column<int>(type: "integer", nullable: false),
                    failure_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    failure_message_vi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    failure_message_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "import_errors",
                schema: "thidua",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    sheet = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    row_number = table.Column<int>(type: "integer", nullable: false),
                    column_letter = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    header = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    message_vi = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    message_en = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_errors", x => new { x.import_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_import_errors_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "thidua",
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "import_files",
                schema: "thidua",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_import_files", x => x.import_id);
                    table.ForeignKey(
                        name: "fk_import_files_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "thidua",
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_people_civil_servant_code",
                schema: "thidua",
                table: "people",
                column: "civil_servant_code",
                filter: "civil_servant_code IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_imports_created_at",
                schema: "thidua",
                table: "imports",
                column: "created_at",
                filter: "status IN ('queued', 'running')");

            migrationBuilder.CreateIndex(
                name: "ix_imports_created_by_sha256",
                schema: "thidua",
                table: "imports",
                columns: new[] { "created_by", "sha256" },
                unique: true,
                filter: "status <> 'failed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "import_errors",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "import_files",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "imports",
                schema: "thidua");

            migrationBuilder.DropIndex(
                name: "ix_people_civil_servant_code",
                schema: "thidua",
                table: "people");
        }
    }
}
