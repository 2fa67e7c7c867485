using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitiativeSupportsAward : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "supports_award_id",
                schema: "thidua",
                table: "person_initiatives",
                type: "uuid",
                nullable: true);

            // R9 moves into the Person aggregate (ADR 0020): each initiative records the standing award it supports,
            // taken from the awards recorded so far (revoked awards no longer use up their initiatives).
            migrationBuilder.Sql("""
                UPDATE thidua.person_initiatives i
                SET supports_award_id = a.id
                FROM thidua.award_records a
                WHERE a.person_id = i.person_id
                  AND a.revocation_ground IS NULL
                  AND i.id = ANY(a.basis_initiative_ids);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "supports_award_id",
                schema: "thidua",
                table: "person_initiatives");
        }
    }
}
