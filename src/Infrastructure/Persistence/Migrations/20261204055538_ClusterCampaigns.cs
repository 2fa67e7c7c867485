using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClusterCampaigns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "launching_authority_id",
                schema: "thidua",
                table: "campaigns",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<int>(
                name: "cluster_year",
                schema: "thidua",
                table: "campaigns",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "launching_cluster_id",
                schema: "thidua",
                table: "campaigns",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_launching_cluster_id",
                schema: "thidua",
                table: "campaigns",
                column: "launching_cluster_id");

            migrationBuilder.AddCheckConstraint(
                name: "ck_campaigns_one_launcher",
                schema: "thidua",
                table: "campaigns",
                sql: "(launching_authority_id IS NULL) <> (launching_cluster_id IS NULL) AND (launching_cluster_id IS NULL) = (cluster_year IS NULL)");

            migrationBuilder.AddForeignKey(
                name: "fk_campaigns_clusters_launching_cluster_id",
                schema: "thidua",
                table: "campaigns",
                column: "launching_cluster_id",
                principalSchema: "thidua",
                principalTable: "clusters",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_campaigns_clusters_launching_cluster_id",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropIndex(
                name: "ix_campaigns_launching_cluster_id",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropCheckConstraint(
                name: "ck_campaigns_one_launcher",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "cluster_year",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.DropColumn(
                name: "launching_cluster_id",
                schema: "thidua",
                table: "campaigns");

            migrationBuilder.AlterColumn<Guid>(
                name: "launching_authority_id",
                schema: "thidua",
                table: "campaigns",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
