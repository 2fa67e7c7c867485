using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HistoricalRecordMode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "history",
                schema: "thidua",
                table: "covenants",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "recorded_as",
                schema: "thidua",
                table: "covenants",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "historical",
                schema: "thidua",
                table: "covenant_signatures",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "history",
                schema: "thidua",
                table: "covenant_assessments",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "recorded_as",
                schema: "thidua",
                table: "covenant_assessments",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Live");

            migrationBuilder.AddColumn<string>(
                name: "history",
                schema: "thidua",
                table: "campaign_reports",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "recorded_as",
                schema: "thidua",
                table: "campaign_reports",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Live");

            migrationBuilder.AddColumn<string>(
                name: "history",
                schema: "thidua",
                table: "campaign_registrations",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "recorded_as",
                schema: "thidua",
                table: "campaign_registrations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "Live");

            migrationBuilder.AddColumn<DateOnly>(
                name: "historical_occurred_on",
                schema: "thidua",
                table: "audit_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "historical_source_date",
                schema: "thidua",
                table: "audit_entries",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "historical_source_issuer",
                schema: "thidua",
                table: "audit_entries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "historical_source_number",
                schema: "thidua",
                table: "audit_entries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recorded_as",
                schema: "thidua",
                table: "audit_entries",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "live");

            // Every covenant opened before historical record mode existed was kept live; drafts decide when opened.
            migrationBuilder.Sql("UPDATE thidua.covenants SET recorded_as = 'Live' WHERE status <> 'Draft';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "history",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropColumn(
                name: "recorded_as",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropColumn(
                name: "historical",
                schema: "thidua",
                table: "covenant_signatures");

            migrationBuilder.DropColumn(
                name: "history",
                schema: "thidua",
                table: "covenant_assessments");

            migrationBuilder.DropColumn(
                name: "recorded_as",
                schema: "thidua",
                table: "covenant_assessments");

            migrationBuilder.DropColumn(
                name: "history",
                schema: "thidua",
                table: "campaign_reports");

            migrationBuilder.DropColumn(
                name: "recorded_as",
                schema: "thidua",
                table: "campaign_reports");

            migrationBuilder.DropColumn(
                name: "history",
                schema: "thidua",
                table: "campaign_registrations");

            migrationBuilder.DropColumn(
                name: "recorded_as",
                schema: "thidua",
                table: "campaign_registrations");

            migrationBuilder.DropColumn(
                name: "historical_occurred_on",
                schema: "thidua",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "historical_source_date",
                schema: "thidua",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "historical_source_issuer",
                schema: "thidua",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "historical_source_number",
                schema: "thidua",
                table: "audit_entries");

            migrationBuilder.DropColumn(
                name: "recorded_as",
                schema: "thidua",
                table: "audit_entries");
        }
    }
}
