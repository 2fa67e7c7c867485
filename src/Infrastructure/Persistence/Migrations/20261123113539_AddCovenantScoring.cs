using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddCovenantScoring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid[]>(
                name: "leading_unit_ids",
                schema: "thidua",
                table: "covenants",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.CreateTable(
                name: "covenant_assessments",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    covenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessed_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    assessor_key = table.Column<Guid>(type: "uuid", nullable: false),
                    scores = table.Column<string>(type: "jsonb", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    staff_total = table.Column<int>(type: "integer", nullable: true),
                    staff_women = table.Column<int>(type: "integer", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_covenant_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_covenant_assessments_covenants_covenant_id",
                        column: x => x.covenant_id,
                        principalSchema: "thidua",
                        principalTable: "covenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_covenant_assessments_units_assessed_unit_id",
                        column: x => x.assessed_unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "covenant_score_changes",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    old_value = table.Column<decimal>(type: "numeric", nullable: true),
                    new_value = table.Column<decimal>(type: "numeric", nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_covenant_score_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_covenant_score_changes_covenant_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalSchema: "thidua",
                        principalTable: "covenant_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_covenant_assessments_assessed_unit_id",
                schema: "thidua",
                table: "covenant_assessments",
                column: "assessed_unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_covenant_assessments_assessor",
                schema: "thidua",
                table: "covenant_assessments",
                columns: new[] { "covenant_id", "assessed_unit_id", "kind", "assessor_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_covenant_score_changes_assessment_id",
                schema: "thidua",
                table: "covenant_score_changes",
                column: "assessment_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "covenant_score_changes",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "covenant_assessments",
                schema: "thidua");

            migrationBuilder.DropColumn(
                name: "leading_unit_ids",
                schema: "thidua",
                table: "covenants");
        }
    }
}
