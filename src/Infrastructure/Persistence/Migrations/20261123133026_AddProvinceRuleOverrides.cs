using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddProvinceRuleOverrides : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "province_rule_overrides",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    province_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    advanced_collective_member_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    advanced_collective_share_inclusive = table.Column<bool>(type: "boolean", nullable: false),
                    legal_basis_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    legal_basis_date = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_basis_issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    article = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "province_rule_overrides",
                schema: "thidua");
        }
    }
}
