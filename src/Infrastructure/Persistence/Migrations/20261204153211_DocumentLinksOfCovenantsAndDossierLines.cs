using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentLinksOfCovenantsAndDossierLines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "achievement_report_date",
                schema: "thidua",
                table: "nomination_lines",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "achievement_report_document_id",
                schema: "thidua",
                table: "nomination_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "achievement_report_issuer",
                schema: "thidua",
                table: "nomination_lines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "achievement_report_number",
                schema: "thidua",
                table: "nomination_lines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "council_minutes_date",
                schema: "thidua",
                table: "nomination_lines",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "council_minutes_document_id",
                schema: "thidua",
                table: "nomination_lines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "council_minutes_issuer",
                schema: "thidua",
                table: "nomination_lines",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "council_minutes_number",
                schema: "thidua",
                table: "nomination_lines",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "scoreboard_decision_date",
                schema: "thidua",
                table: "covenants",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "scoreboard_decision_document_id",
                schema: "thidua",
                table: "covenants",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scoreboard_decision_issuer",
                schema: "thidua",
                table: "covenants",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "scoreboard_decision_number",
                schema: "thidua",
                table: "covenants",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "document_date",
                schema: "thidua",
                table: "covenant_signatures",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "thidua",
                table: "covenant_signatures",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "document_issuer",
                schema: "thidua",
                table: "covenant_signatures",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "document_number",
                schema: "thidua",
                table: "covenant_signatures",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_nomination_lines_achievement_report_document_id",
                schema: "thidua",
                table: "nomination_lines",
                column: "achievement_report_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_nomination_lines_council_minutes_document_id",
                schema: "thidua",
                table: "nomination_lines",
                column: "council_minutes_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_covenants_scoreboard_decision_document_id",
                schema: "thidua",
                table: "covenants",
                column: "scoreboard_decision_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_covenant_signatures_document_id",
                schema: "thidua",
                table: "covenant_signatures",
                column: "document_id");

            migrationBuilder.AddForeignKey(
                name: "fk_covenant_signatures_documents_document_id",
                schema: "thidua",
                table: "covenant_signatures",
                column: "document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_covenants_documents_scoreboard_decision_document_id",
                schema: "thidua",
                table: "covenants",
                column: "scoreboard_decision_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_nomination_lines_documents_achievement_report_document_id",
                schema: "thidua",
                table: "nomination_lines",
                column: "achievement_report_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_nomination_lines_documents_council_minutes_document_id",
                schema: "thidua",
                table: "nomination_lines",
                column: "council_minutes_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_covenant_signatures_documents_document_id",
                schema: "thidua",
                table: "covenant_signatures");

            migrationBuilder.DropForeignKey(
                name: "fk_covenants_documents_scoreboard_decision_document_id",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropForeignKey(
                name: "fk_nomination_lines_documents_achievement_report_document_id",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropForeignKey(
                name: "fk_nomination_lines_documents_council_minutes_document_id",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropIndex(
                name: "ix_nomination_lines_achievement_report_document_id",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropIndex(
                name: "ix_nomination_lines_council_minutes_document_id",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropIndex(
                name: "ix_covenants_scoreboard_decision_document_id",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropIndex(
                name: "ix_covenant_signatures_document_id",
                schema: "thidua",
                table: "covenant_signatures");

            migrationBuilder.DropColumn(
                name: "achievement_report_date",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "achievement_report_document_id",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "achievement_report_issuer",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "achievement_report_number",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "council_minutes_date",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "council_minutes_document_id",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "council_minutes_issuer",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "council_minutes_number",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "scoreboard_decision_date",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropColumn(
                name: "scoreboard_decision_document_id",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropColumn(
                name: "scoreboard_decision_issuer",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropColumn(
                name: "scoreboard_decision_number",
                schema: "thidua",
                table: "covenants");

            migrationBuilder.DropColumn(
                name: "document_date",
                schema: "thidua",
                table: "covenant_signatures");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "thidua",
                table: "covenant_signatures");

            migrationBuilder.DropColumn(
                name: "document_issuer",
                schema: "thidua",
                table: "covenant_signatures");

            migrationBuilder.DropColumn(
                name: "document_number",
                schema: "thidua",
                table: "covenant_signatures");
        }
    }
}
