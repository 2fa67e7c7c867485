using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaigns",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    launching_authority_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    launched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    kind_value = table.Column<int>(type: "integer", nullable: false, computedColumnSql: "((plan ->> 'kind')::int)", stored: true),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "thidua.search_normalize((plan ->> 'title') || ' ' || (plan ->> 'theme') || ' ' || (plan -> 'letter' ->> 'number'))", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaigns_units_launching_authority_id",
                        column: x => x.launching_authority_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_kind_value",
                schema: "thidua",
                table: "campaigns",
                column: "kind_value");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_launching_authority_id",
                schema: "thidua",
                table: "campaigns",
                column: "launching_authority_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_search_text",
                schema: "thidua",
                table: "campaigns",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaigns",
                schema: "thidua");
        }
    }
}
