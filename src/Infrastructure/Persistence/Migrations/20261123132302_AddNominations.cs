using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddNominations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nominations",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    proposing_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    commendation_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    covenant_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rule_set_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    return_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    not_awarded_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decision_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision_signer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision_signer_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision_issuer_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    decision_year = table.Column<int>(type: "integer", nullable: true),
                    decision_number_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nominations", x => x.id);
                    table.ForeignKey(
                        name: "fk_nominations_units_proposing_unit_id",
                        column: x => x.proposing_unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nomination_lines",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_type_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominee_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    achievement_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    evidence = table.Column<string[]>(type: "text[]", nullable: false),
                    basis_initiative_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    justification = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    eligibility = table.Column<string>(type: "jsonb", nullable: true),
                    vote_members = table.Column<int>(type: "integer", nullable: true),
                    vote_present = table.Column<int>(type: "integer", nullable: true),
                    vote_yes = table.Column<int>(type: "integer", nullable: true),
                    vote_passed = table.Column<bool>(type: "boolean", nullable: true),
                    award_id = table.Column<Guid>(type: "uuid", nullable: true),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nomination_lines", x => x.id);
                    table.ForeignKey(
                        name: "fk_nomination_lines_nominations_nomination_id",
                        column: x => x.nomination_id,
                        principalSchema: "thidua",
                        principalTable: "nominations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_nomination_lines_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_nomination_lines_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_nomination_lines_nomination_id",
                schema: "thidua",
                table: "nomination_lines",
                column: "nomination_id");

            migrationBuilder.CreateIndex(
                name: "ix_nomination_lines_person_id",
                schema: "thidua",
                table: "nomination_lines",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_nomination_lines_unit_id",
                schema: "thidua",
                table: "nomination_lines",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_nominations_proposing_unit_id_year",
                schema: "thidua",
                table: "nominations",
                columns: new[] { "proposing_unit_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ux_nominations_decision_number",
                schema: "thidua",
                table: "nominations",
                columns: new[] { "decision_issuer_key", "decision_year", "decision_number_key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nomination_lines",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "nominations",
                schema: "thidua");
        }
    }
}
