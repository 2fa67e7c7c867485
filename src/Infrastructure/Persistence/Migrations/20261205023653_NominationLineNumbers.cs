using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NominationLineNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "number",
                schema: "thidua",
                table: "nomination_lines",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Existing lines are numbered in the order the API listed them until now (by id: UUID v7, the order proposed).
            migrationBuilder.Sql("""
                UPDATE thidua.nomination_lines l
                   SET number = n.number
                  FROM (SELECT id, row_number() OVER (PARTITION BY nomination_id ORDER BY id) AS number
                          FROM thidua.nomination_lines) n
                 WHERE l.id = n.id;
                ALTER TABLE thidua.nomination_lines ALTER COLUMN number DROP DEFAULT;
                ALTER TABLE thidua.nomination_lines ADD CONSTRAINT uq_nomination_lines_number
                    UNIQUE (nomination_id, number) DEFERRABLE INITIALLY DEFERRED;
                ALTER TABLE thidua.nomination_lines ADD CONSTRAINT ck_nomination_lines_number_positive CHECK (number > 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE thidua.nomination_lines DROP CONSTRAINT ck_nomination_lines_number_positive;
                ALTER TABLE thidua.nomination_lines DROP CONSTRAINT uq_nomination_lines_number;
                """);
            migrationBuilder.DropColumn(
                name: "number",
                schema: "thidua",
                table: "nomination_lines");
        }
    }
}
