using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProvinceParametersAndAwardTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "province_parameters",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    province_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_basis_date = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    advanced_collective_member_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    advanced_collective_share_inclusive = table.Column<bool>(type: "boolean", nullable: false),
                    advanced_collective_article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    excellent_collective_member_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    excellent_collective_share_inclusive = table.Column<bool>(type: "boolean", nullable: false),
                    excellent_collective_article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    award_session_attendance = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: true),
                    award_session_attendance_article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    registration_required = table.Column<bool>(type: "boolean", nullable: true),
                    registration_article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    provincial_flag_article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_province_parameters", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "provincial_award_types",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    conferring_authority = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    province_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    legal_basis_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_basis_date = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    bonus_coefficient = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    bonus_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    vote_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    vote_of_all_members = table.Column<bool>(type: "boolean", nullable: false),
                    vote_basis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_provincial_award_types", x => x.id);
                });

            // The first API's overrides (the TTLĐTT share alone) become versions that set that share: data moved, not dropped.
            migrationBuilder.Sql("""
                INSERT INTO thidua.province_parameters
                    (id, province, province_key, effective_from, legal_basis_number, legal_basis_date, legal_basis_issuer,
                     advanced_collective_member_share, advanced_collective_share_inclusive, advanced_collective_article,
                     excellent_collective_share_inclusive, created_at, updated_at)
                SELECT id, province, province_key, effective_from, legal_basis_number, legal_basis_date, legal_basis_issuer,
                       advanced_collective_member_share, advanced_collective_share_inclusive, article,
                       FALSE, created_at, updated_at
                FROM thidua.province_rule_overrides;
                """);

            migrationBuilder.DropTable(
                name: "province_rule_overrides",
                schema: "thidua");

            migrationBuilder.CreateIndex(
                name: "ux_province_parameters_province_date",
                schema: "thidua",
                table: "province_parameters",
                columns: new[] { "province_key", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_provincial_award_types_province_key",
                schema: "thidua",
                table: "provincial_award_types",
                column: "province_key");

            migrationBuilder.CreateIndex(
                name: "ux_provincial_award_types_code",
                schema: "thidua",
                table: "provincial_award_types",
                column: "code",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "province_rule_overrides",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    advanced_collective_member_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    advanced_collective_share_inclusive = table.Column<bool>(type: "boolean", nullable: false),
                    article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    province_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    legal_basis_date = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    legal_basis_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_province_rule_overrides", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ux_province_rule_overrides_province_date",
                schema: "thidua",
                table: "province_rule_overrides",
                columns: new[] { "province_key", "effective_from" },
                unique: true);

            // Back to the first shape: the versions that set the TTLĐTT share keep it; the other parameters have no column there.
            migrationBuilder.Sql("""
                INSERT INTO thidua.province_rule_overrides
                    (id, province, province_key, effective_from, legal_basis_number, legal_basis_date, legal_basis_issuer,
                     advanced_collective_member_share, advanced_collective_share_inclusive, article, created_at, updated_at)
                SELECT id, province, province_key, effective_from, legal_basis_number, legal_basis_date, legal_basis_issuer,
                       advanced_collective_member_share, advanced_collective_share_inclusive, advanced_collective_article, created_at, updated_at
                FROM thidua.province_parameters
                WHERE advanced_collective_member_share IS NOT NULL;
                """);

            migrationBuilder.DropTable(
                name: "province_parameters",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "provincial_award_types",
                schema: "thidua");
        }
    }
}
