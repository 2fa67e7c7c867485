using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Statistical report forms (ADR 0034). Back-fill: none is needed, by design. The three classification columns are
    /// nullable and NULL means "derived when reporting": a campaign's scope from who launched it, an award's recipient
    /// category from its kind (collective) or the person's position group on the decision date, its method from the
    /// commendation type. Existing rows are left NULL and are classified by exactly the derivation new rows without a
    /// declaration get, so old and new records count the same way; only a declaration (an enterprise, a household, a
    /// direct worker, seniority, resistance, a national scope) — which no existing row could have carried — writes a value.
    /// </summary>
    public partial class StatisticalReportForms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "statistics_scope",
                schema: "thidua",
                table: "campaigns",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "statistics_award_method",
                schema: "thidua",
                table: "award_records",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "statistics_recipient_category",
                schema: "thidua",
                table: "award_records",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "statistics_apparatus_registers",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    authority_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_apparatus_registers", x => x.id);
                    table.ForeignKey(
                        name: "fk_statistics_apparatus_registers_units_authority_id",
                        column: x => x.authority_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statistics_apparatus_staff",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    education = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    first_year_in_field = table.Column<int>(type: "integer", nullable: false),
                    staffing = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    register_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_apparatus_staff", x => x.id);
                    table.ForeignKey(
                        name: "fk_statistics_apparatus_staff_statistics_apparatus_registers_r",
                        column: x => x.register_id,
                        principalSchema: "thidua",
                        principalTable: "statistics_apparatus_registers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "statistics_apparatus_units",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    staffing = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    register_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_statistics_apparatus_units", x => x.id);
                    table.ForeignKey(
                        name: "fk_statistics_apparatus_units_statistics_apparatus_registers_r",
                        column: x => x.register_id,
                        principalSchema: "thidua",
                        principalTable: "statistics_apparatus_registers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_statistics_apparatus_registers_authority_id_year",
                schema: "thidua",
                table: "statistics_apparatus_registers",
                columns: new[] { "authority_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_statistics_apparatus_staff_register_id",
                schema: "thidua",
                table: "statistics_apparatus_staff",
                column: "register_id");

            migrationBuilder.CreateIndex(
                name: "ix_statistics_apparatus_units_register_id",
                schema: "thidua",
                table: "statistics_apparatus_units",
                column: "register_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "statistics_apparatus_staff",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "statistics_apparatus_units",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "statistics_apparatus_registers",
                schema: "thidua");

            migrationBuilder.DropColumn(
                name: "statistics_scope",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "statistics_award_method",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.DropColumn(
                name: "statistics_recipient_category",
                schema: "thidua",
                table: "award_records");
        }
    }
}
