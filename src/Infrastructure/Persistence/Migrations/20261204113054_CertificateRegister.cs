using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CertificateRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "certificate_counters",
                schema: "thidua",
                columns: table => new
                {
                    issuer_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_gold_book_number = table.Column<int>(type: "integer", nullable: false),
                    last_certificate_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificate_counters", x => new { x.issuer_key, x.year });
                    table.CheckConstraint("ck_certificate_counters_certificate", "last_certificate_number >= 0");
                    table.CheckConstraint("ck_certificate_counters_gold_book", "last_gold_book_number >= 0");
                });

            migrationBuilder.CreateTable(
                name: "certificates",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issuer_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    gold_book_number = table.Column<int>(type: "integer", nullable: false),
                    certificate_number = table.Column<int>(type: "integer", nullable: false),
                    verification_token = table.Column<string>(type: "character(22)", fixedLength: true, maxLength: 22, nullable: false),
                    issuer_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    award_type_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    award_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    award_level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    salutation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    recipient_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recipient_position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    unit_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    achievement_text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    decision_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    signer_title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    signer_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    is_reissue = table.Column<bool>(type: "boolean", nullable: false),
                    reissue_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    replaces_id = table.Column<Guid>(type: "uuid", nullable: true),
                    superseded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_certificates", x => x.id);
                    table.ForeignKey(
                        name: "fk_certificates_award_records_award_id",
                        column: x => x.award_id,
                        principalSchema: "thidua",
                        principalTable: "award_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_certificates_certificates_replaces_id",
                        column: x => x.replaces_id,
                        principalSchema: "thidua",
                        principalTable: "certificates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_certificates_award_id",
                schema: "thidua",
                table: "certificates",
                column: "award_id");

            migrationBuilder.CreateIndex(
                name: "ix_certificates_replaces_id",
                schema: "thidua",
                table: "certificates",
                column: "replaces_id");

            migrationBuilder.CreateIndex(
                name: "ux_certificates_issuer_year_certificate_number",
                schema: "thidua",
                table: "certificates",
                columns: new[] { "issuer_key", "year", "certificate_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_certificates_issuer_year_gold_book_number",
                schema: "thidua",
                table: "certificates",
                columns: new[] { "issuer_key", "year", "gold_book_number" },
                unique: true,
                filter: "NOT is_reissue");

            migrationBuilder.CreateIndex(
                name: "ux_certificates_verification_token",
                schema: "thidua",
                table: "certificates",
                column: "verification_token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "certificate_counters",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "certificates",
                schema: "thidua");
        }
    }
}
