using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddCovenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "covenants",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cluster_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    terms = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "thidua.search_normalize(terms ->> 'title')", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_covenants", x => x.id);
                    table.ForeignKey(
                        name: "fk_covenants_clusters_cluster_id",
                        column: x => x.cluster_id,
                        principalSchema: "thidua",
                        principalTable: "clusters",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "covenant_signatures",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    signed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    signatory_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    covenant_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_covenant_signatures", x => x.id);
                    table.ForeignKey(
                        name: "fk_covenant_signatures_covenants_covenant_id",
                        column: x => x.covenant_id,
                        principalSchema: "thidua",
                        principalTable: "covenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_covenant_signatures_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_covenant_signatures_unit_id",
                schema: "thidua",
                table: "covenant_signatures",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_covenant_signatures_unit",
                schema: "thidua",
                table: "covenant_signatures",
                columns: new[] { "covenant_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_covenants_search_text",
                schema: "thidua",
                table: "covenants",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_covenants_year",
                schema: "thidua",
                table: "covenants",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ux_covenants_cluster_year",
                schema: "thidua",
                table: "covenants",
                columns: new[] { "cluster_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "covenant_signatures",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "covenants",
                schema: "thidua");
        }
    }
}
