using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class VoteWrittenYesAndOneOffAwards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_award_records_recipient_type_year",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.AddColumn<int>(
                name: "vote_written_yes",
                schema: "thidua",
                table: "nomination_lines",
                type: "integer",
                nullable: true);

            // Ballots recorded before written votes were kept had none.
            migrationBuilder.Sql("UPDATE thidua.nomination_lines SET vote_written_yes = 0 WHERE vote_members IS NOT NULL;");

            migrationBuilder.CreateIndex(
                name: "ux_award_records_recipient_type_year",
                schema: "thidua",
                table: "award_records",
                columns: new[] { "award_type_code", "recipient_key", "year" },
                unique: true,
                filter: "revocation_ground IS NULL AND commendation_type NOT IN ('Sudden', 'Thematic')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_award_records_recipient_type_year",
                schema: "thidua",
                table: "award_records");

            migrationBuilder.DropColumn(
                name: "vote_written_yes",
                schema: "thidua",
                table: "nomination_lines");

            migrationBuilder.CreateIndex(
                name: "ux_award_records_recipient_type_year",
                schema: "thidua",
                table: "award_records",
                columns: new[] { "award_type_code", "recipient_key", "year" },
                unique: true,
                filter: "revocation_ground IS NULL");
        }
    }
}
