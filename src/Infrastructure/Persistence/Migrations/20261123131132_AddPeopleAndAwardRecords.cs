using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddPeopleAndAwardRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "people",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    gender = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    citizen_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    civil_servant_code = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    current_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    search_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "thidua.search_normalize(full_name || ' ' || coalesce(civil_servant_code, ''))", stored: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => x.id);
                    table.ForeignKey(
                        name: "fk_people_units_current_unit_id",
                        column: x => x.current_unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_ratings",
                schema: "thidua",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rating = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    document_date = table.Column<DateOnly>(type: "date", nullable: true),
                    document_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_unit_ratings", x => new { x.unit_id, x.year });
                    table.ForeignKey(
                        name: "fk_unit_ratings_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "award_records",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_type_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_key = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    commendation_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    decision_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recipient_name_at_decision = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    unit_name_at_decision = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    bonus_vnd = table.Column<long>(type: "bigint", nullable: true),
                    basis_initiative_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    revocation_ground = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    revocation_decision_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    revocation_decision_date = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_decision_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    revocation_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_records", x => x.id);
                    table.ForeignKey(
                        name: "fk_award_records_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_award_records_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_disciplines",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    legal_basis_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_basis_date = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_disciplines", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_disciplines_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_employments",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_employments", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_employments_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_person_employments_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_initiatives",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recognising_body = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    document_date = table.Column<DateOnly>(type: "date", nullable: false),
                    document_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_initiatives", x => x.id);
                    table.ForeignKey(
                        name: "fk_person_initiatives_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "person_ratings",
                schema: "thidua",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rating = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    document_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    document_date = table.Column<DateOnly>(type: "date", nullable: true),
                    document_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_ratings", x => new { x.person_id, x.year });
                    table.ForeignKey(
                        name: "fk_person_ratings_people_person_id",
                        column: x => x.person_id,
                        principalSchema: "thidua",
                        principalTable: "people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_records_person_id",
                schema: "thidua",
                table: "award_records",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_records_unit_id",
                schema: "thidua",
                table: "award_records",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_award_records_recipient_type_year",
                schema: "thidua",
                table: "award_records",
                columns: new[] { "award_type_code", "recipient_key", "year" },
                unique: true,
                filter: "revocation_ground IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_current_unit_id",
                schema: "thidua",
                table: "people",
                column: "current_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_people_search_text",
                schema: "thidua",
                table: "people",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ux_people_citizen_id",
                schema: "thidua",
                table: "people",
                column: "citizen_id",
                unique: true,
                filter: "citizen_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_person_disciplines_person_id",
                schema: "thidua",
                table: "person_disciplines",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_employments_person_id",
                schema: "thidua",
                table: "person_employments",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_employments_unit_id",
                schema: "thidua",
                table: "person_employments",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_initiatives_person_id",
                schema: "thidua",
                table: "person_initiatives",
                column: "person_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_records",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "person_disciplines",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "person_employments",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "person_initiatives",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "person_ratings",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "unit_ratings",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "people",
                schema: "thidua");
        }
    }
}
