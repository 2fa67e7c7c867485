using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddCampaignRegistrationsAndReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                schema: "thidua",
                table: "campaigns",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "final_review_date",
                schema: "thidua",
                table: "campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "final_review_document_date",
                schema: "thidua",
                table: "campaigns",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "final_review_document_issuer",
                schema: "thidua",
                table: "campaigns",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "final_review_document_number",
                schema: "thidua",
                table: "campaigns",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "final_review_summary",
                schema: "thidua",
                table: "campaigns",
                type: "character varying(20000)",
                maxLength: 20000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "campaign_registrations",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_registrations", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_registrations_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalSchema: "thidua",
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_campaign_registrations_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaign_reports",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    phase_number = table.Column<int>(type: "integer", nullable: true),
                    narrative = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    indicators = table.Column<string>(type: "jsonb", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_campaign_reports_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalSchema: "thidua",
                        principalTable: "campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_campaign_reports_units_unit_id",
                        column: x => x.unit_id,
                        principalSchema: "thidua",
                        principalTable: "units",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_registrations_unit_id",
                schema: "thidua",
                table: "campaign_registrations",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_campaign_registrations_unit",
                schema: "thidua",
                table: "campaign_registrations",
                columns: new[] { "campaign_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaign_reports_unit_id",
                schema: "thidua",
                table: "campaign_reports",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ux_campaign_reports_unit_phase",
                schema: "thidua",
                table: "campaign_reports",
                columns: new[] { "campaign_id", "unit_id", "phase_number" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_registrations",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "campaign_reports",
                schema: "thidua");

            migrationBuilder.DropColumn(
                name: "closed_at",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "final_review_date",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "final_review_document_date",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "final_review_document_issuer",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "final_review_document_number",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "final_review_summary",
                schema: "thidua",
                table: "campaigns");
        }
    }
}
