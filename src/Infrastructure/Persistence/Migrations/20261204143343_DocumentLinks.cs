using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DocumentLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "thidua",
                table: "unit_ratings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "unit_lineage_events",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "provincial_award_types",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "province_parameters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "thidua",
                table: "person_retirements",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "thidua",
                table: "person_ratings",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "appointment_document_id",
                schema: "thidua",
                table: "person_positions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "thidua",
                table: "person_leaves",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "thidua",
                table: "person_initiatives",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "person_disciplines",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "decision_document_id",
                schema: "thidua",
                table: "nominations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "submission_date",
                schema: "thidua",
                table: "nominations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "submission_document_id",
                schema: "thidua",
                table: "nominations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submission_issuer",
                schema: "thidua",
                table: "nominations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submission_number",
                schema: "thidua",
                table: "nominations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "grouping_decision_document_id",
                schema: "thidua",
                table: "clusters",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "document_id",
                schema: "thidua",
                table: "cluster_elections",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "final_review_document_id",
                schema: "thidua",
                table: "campaigns",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "decision_document_id",
                schema: "thidua",
                table: "award_records",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "revocation_decision_document_id",
                schema: "thidua",
                table: "award_records",
                type: "uuid",
                nullable: true);

            // Existing citations are linked to the stored document they cite, where exactly one stored document has their
            // number/notation and date (and, when the citation names its issuer, that agency's name): ADR 0029.
            foreach (var (table, prefix) in Citations)
            {
                migrationBuilder.Sql(LinkCitationsSql(table, prefix));
            }

            migrationBuilder.CreateIndex(
                name: "ix_unit_ratings_document_id",
                schema: "thidua",
                table: "unit_ratings",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_unit_lineage_events_legal_basis_document_id",
                schema: "thidua",
                table: "unit_lineage_events",
                column: "legal_basis_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_provincial_award_types_legal_basis_document_id",
                schema: "thidua",
                table: "provincial_award_types",
                column: "legal_basis_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_province_parameters_legal_basis_document_id",
                schema: "thidua",
                table: "province_parameters",
                column: "legal_basis_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_retirements_document_id",
                schema: "thidua",
                table: "person_retirements",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_ratings_document_id",
                schema: "thidua",
                table: "person_ratings",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_positions_appointment_document_id",
                schema: "thidua",
                table: "person_positions",
                column: "appointment_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_leaves_document_id",
                schema: "thidua",
                table: "person_leaves",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_initiatives_document_id",
                schema: "thidua",
                table: "person_initiatives",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_person_disciplines_legal_basis_document_id",
                schema: "thidua",
                table: "person_disciplines",
                column: "legal_basis_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_nominations_decision_document_id",
                schema: "thidua",
                table: "nominations",
                column: "decision_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_nominations_submission_document_id",
                schema: "thidua",
                table: "nominations",
                column: "submission_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_clusters_grouping_decision_document_id",
                schema: "thidua",
                table: "clusters",
                column: "grouping_decision_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_cluster_elections_document_id",
                schema: "thidua",
                table: "cluster_elections",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_final_review_document_id",
                schema: "thidua",
                table: "campaigns",
                column: "final_review_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_records_decision_document_id",
                schema: "thidua",
                table: "award_records",
                column: "decision_document_id");

            migrationBuilder.CreateIndex(
                name: "ix_award_records_revocation_decision_document_id",
                schema: "thidua",
                table: "award_records",
                column: "revocation_decision_document_id");

            migrationBuilder.AddForeignKey(
                name: "fk_award_records_documents_decision_document_id",
                schema: "thidua",
                table: "award_records",
                column: "decision_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_award_records_documents_revocation_decision_document_id",
                schema: "thidua",
                table: "award_records",
                column: "revocation_decision_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_campaigns_documents_final_review_document_id",
                schema: "thidua",
                table: "campaigns",
                column: "final_review_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_cluster_elections_documents_document_id",
                schema: "thidua",
                table: "cluster_elections",
                column: "document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_clusters_documents_grouping_decision_document_id",
                schema: "thidua",
                table: "clusters",
                column: "grouping_decision_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_nominations_documents_decision_document_id",
                schema: "thidua",
                table: "nominations",
                column: "decision_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_nominations_documents_submission_document_id",
                schema: "thidua",
                table: "nominations",
                column: "submission_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_person_disciplines_documents_legal_basis_document_id",
                schema: "thidua",
                table: "person_disciplines",
                column: "legal_basis_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_person_initiatives_documents_document_id",
                schema: "thidua",
                table: "person_initiatives",
                column: "document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_person_leaves_documents_document_id",
                schema: "thidua",
                table: "person_leaves",
                column: "document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_person_positions_documents_appointment_document_id",
                schema: "thidua",
                table: "person_positions",
                column: "appointment_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_person_ratings_documents_document_id",
                schema: "thidua",
                table: "person_ratings",
                column: "document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_person_retirements_documents_document_id",
                schema: "thidua",
                table: "person_retirements",
                column: "document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_province_parameters_documents_legal_basis_document_id",
                schema: "thidua",
                table: "province_parameters",
                column: "legal_basis_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_provincial_award_types_documents_legal_basis_document_id",
                schema: "thidua",
                table: "provincial_award_types",
                column: "legal_basis_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_unit_lineage_events_documents_legal_basis_document_id",
                schema: "thidua",
                table: "unit_lineage_events",
                column: "legal_basis_document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "fk_unit_ratings_documents_document_id",
                schema: "thidua",
                table: "unit_ratings",
                column: "document_id",
                principalSchema: "thidua",
                principalTable: "documents",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <summary>Every document reference's table and column prefix (the <c>MapDocument</c> calls), submissions excepted (new).</summary>
        private static readonly (string Table, string Prefix)[] Citations =
        [
            ("unit_ratings", "document"),
            ("unit_lineage_events", "legal_basis"),
            ("provincial_award_types", "legal_basis"),
            ("province_parameters", "legal_basis"),
            ("person_retirements", "document"),
            ("person_ratings", "document"),
            ("person_positions", "appointment"),
            ("person_leaves", "document"),
            ("person_initiatives", "document"),
            ("person_disciplines", "legal_basis"),
            ("nominations", "decision"),
            ("clusters", "grouping_decision"),
            ("cluster_elections", "document"),
            ("campaigns", "final_review_document"),
            ("award_records", "decision"),
            ("award_records", "revocation_decision"),
        ];

        private static string LinkCitationsSql(string table, string prefix)
        {
            var link = prefix.EndsWith("document", StringComparison.Ordinal) ? $"{prefix}_id" : $"{prefix}_document_id";
            var cites = $"""
                upper(d.number || '/' || d.notation) = upper(r.{prefix}_number) AND d.issued_on = r.{prefix}_date
                AND (r.{prefix}_issuer IS NULL OR upper(d.agency_name) = upper(r.{prefix}_issuer))
                """;
            return $"""
                UPDATE thidua.{table} AS r SET {link} = (SELECT d.id FROM thidua.documents AS d WHERE {cites})
                WHERE r.{prefix}_number IS NOT NULL
                  AND (SELECT count(*) FROM thidua.documents AS d WHERE {cites}) = 1;
                """;
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_award_records_documents_decision_document_id",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.DropForeignKey(
                name: "fk_award_records_documents_revocation_decision_document_id",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.DropForeignKey(
                name: "fk_campaigns_documents_final_review_document_id",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropForeignKey(
                name: "fk_cluster_elections_documents_document_id",
                schema: "thidua",
                table: "cluster_elections");

            migrationBuilder.DropForeignKey(
                name: "fk_clusters_documents_grouping_decision_document_id",
                schema: "thidua",
                table: "clusters");

            migrationBuilder.DropForeignKey(
                name: "fk_nominations_documents_decision_document_id",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropForeignKey(
                name: "fk_nominations_documents_submission_document_id",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropForeignKey(
                name: "fk_person_disciplines_documents_legal_basis_document_id",
                schema: "thidua",
                table: "person_disciplines");

            migrationBuilder.DropForeignKey(
                name: "fk_person_initiatives_documents_document_id",
                schema: "thidua",
                table: "person_initiatives");

            migrationBuilder.DropForeignKey(
                name: "fk_person_leaves_documents_document_id",
                schema: "thidua",
                table: "person_leaves");

            migrationBuilder.DropForeignKey(
                name: "fk_person_positions_documents_appointment_document_id",
                schema: "thidua",
                table: "person_positions");

            migrationBuilder.DropForeignKey(
                name: "fk_person_ratings_documents_document_id",
                schema: "thidua",
                table: "person_ratings");

            migrationBuilder.DropForeignKey(
                name: "fk_person_retirements_documents_document_id",
                schema: "thidua",
                table: "person_retirements");

            migrationBuilder.DropForeignKey(
                name: "fk_province_parameters_documents_legal_basis_document_id",
                schema: "thidua",
                table: "province_parameters");

            migrationBuilder.DropForeignKey(
                name: "fk_provincial_award_types_documents_legal_basis_document_id",
                schema: "thidua",
                table: "provincial_award_types");

            migrationBuilder.DropForeignKey(
                name: "fk_unit_lineage_events_documents_legal_basis_document_id",
                schema: "thidua",
                table: "unit_lineage_events");

            migrationBuilder.DropForeignKey(
                name: "fk_unit_ratings_documents_document_id",
                schema: "thidua",
                table: "unit_ratings");

            migrationBuilder.DropIndex(
                name: "ix_unit_ratings_document_id",
                schema: "thidua",
                table: "unit_ratings");

            migrationBuilder.DropIndex(
                name: "ix_unit_lineage_events_legal_basis_document_id",
                schema: "thidua",
                table: "unit_lineage_events");

            migrationBuilder.DropIndex(
                name: "ix_provincial_award_types_legal_basis_document_id",
                schema: "thidua",
                table: "provincial_award_types");

            migrationBuilder.DropIndex(
                name: "ix_province_parameters_legal_basis_document_id",
                schema: "thidua",
                table: "province_parameters");

            migrationBuilder.DropIndex(
                name: "ix_person_retirements_document_id",
                schema: "thidua",
                table: "person_retirements");

            migrationBuilder.DropIndex(
                name: "ix_person_ratings_document_id",
                schema: "thidua",
                table: "person_ratings");

            migrationBuilder.DropIndex(
                name: "ix_person_positions_appointment_document_id",
                schema: "thidua",
                table: "person_positions");

            migrationBuilder.DropIndex(
                name: "ix_person_leaves_document_id",
                schema: "thidua",
                table: "person_leaves");

            migrationBuilder.DropIndex(
                name: "ix_person_initiatives_document_id",
                schema: "thidua",
                table: "person_initiatives");

            migrationBuilder.DropIndex(
                name: "ix_person_disciplines_legal_basis_document_id",
                schema: "thidua",
                table: "person_disciplines");

            migrationBuilder.DropIndex(
                name: "ix_nominations_decision_document_id",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropIndex(
                name: "ix_nominations_submission_document_id",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropIndex(
                name: "ix_clusters_grouping_decision_document_id",
                schema: "thidua",
                table: "clusters");

            migrationBuilder.DropIndex(
                name: "ix_cluster_elections_document_id",
                schema: "thidua",
                table: "cluster_elections");

            migrationBuilder.DropIndex(
                name: "ix_campaigns_final_review_document_id",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropIndex(
                name: "ix_award_records_decision_document_id",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.DropIndex(
                name: "ix_award_records_revocation_decision_document_id",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "thidua",
                table: "unit_ratings");

            migrationBuilder.DropColumn(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "unit_lineage_events");

            migrationBuilder.DropColumn(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "provincial_award_types");

            migrationBuilder.DropColumn(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "province_parameters");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "thidua",
                table: "person_retirements");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "thidua",
                table: "person_ratings");

            migrationBuilder.DropColumn(
                name: "appointment_document_id",
                schema: "thidua",
                table: "person_positions");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "thidua",
                table: "person_leaves");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "thidua",
                table: "person_initiatives");

            migrationBuilder.DropColumn(
                name: "legal_basis_document_id",
                schema: "thidua",
                table: "person_disciplines");

            migrationBuilder.DropColumn(
                name: "decision_document_id",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "submission_date",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "submission_document_id",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "submission_issuer",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "submission_number",
                schema: "thidua",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "grouping_decision_document_id",
                schema: "thidua",
                table: "clusters");

            migrationBuilder.DropColumn(
                name: "document_id",
                schema: "thidua",
                table: "cluster_elections");

            migrationBuilder.DropColumn(
                name: "final_review_document_id",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "decision_document_id",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.DropColumn(
                name: "revocation_decision_document_id",
                schema: "thidua",
                table: "award_records");
        }
    }
}
