using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyInCommandTransaction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Keys left "in progress" by the old design (written outside the command's transaction) say nothing about
            // whether their command committed; they cannot be recovered, only forgotten (ADR 0022).
            migrationBuilder.Sql("DELETE FROM thidua.idempotency_records WHERE status_code IS NULL;");

            migrationBuilder.AddColumn<string[]>(
                name: "command_results",
                schema: "thidua",
                table: "idempotency_records",
                type: "text[]",
                nullable: false,
                defaultValue: new string[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Without command_results a key committed without its response would read as "in progress" for 24 h.
            migrationBuilder.Sql("DELETE FROM thidua.idempotency_records WHERE status_code IS NULL;");

            migrationBuilder.DropColumn(
                name: "command_results",
                schema: "thidua",
                table: "idempotency_records");
        }
    }
}
