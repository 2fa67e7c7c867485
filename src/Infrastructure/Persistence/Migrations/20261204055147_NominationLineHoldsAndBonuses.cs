using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NominationLineHoldsAndBonuses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "bonus_vnd",
                schema: "thidua",
                table: "nomination_lines",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "hold_checked_on",
                schema: "thidua",
                table: "nomination_lines",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hold_facts",
                schema: "thidua",
                table: "nomination_lines",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hold_legal_basis",
                schema: "thidua",
                table: "nomination_lines",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hold_step",
                schema: "thidua",
                table: "nomination_lines",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            // Lines decided before this migration get the bonus their award recorded.
            migrationBuilder.Sql(
                "UPDATE thidua.nomination_lines l SET bonus_vnd = a.bonus_vnd FROM thidua.award_records a WHERE a.id = l.award_id;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "bonus_vnd",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "hold_checked_on",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "hold_facts",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "hold_legal_basis",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.DropColumn(
                name: "hold_step",
                schema: "thidua",
                table: "nomination_lines");
        }
    }
}
