using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PersonLeavesPositionsRetirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "person_leaves",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    document_date = table.Column<DateOnly>(type: "date", nullable: false),
                    document_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_leaves", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_leaves_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_positions",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    level = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true),
                    appointment_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    appointment_date = table.Column<DateOnly>(type: "date", nullable: false),
                    appointment_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_positions", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_positions_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_retirements",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    retires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    higher_retirement_age = table.Column<bool>(type: "boolean", nullable: false),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    document_date = table.Column<DateOnly>(type: "date", nullable: false),
                    document_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_retirements", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_retirements_people_id",
                        column: x => x.id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_person_leaves_person_id",
                schema: "thidua",
                table: "person_leaves",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_positions_person_id",
                schema: "thidua",
                table: "person_positions",
                column: "person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_leaves",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "person_positions",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "person_retirements",
                schema: "thidua");
        }
    }
}
