using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Leased rate-limit permits (ADR 0039): <c>thidua.client_windows.requests</c> now counts the permits of the window
    /// handed out to instances, and <c>granted</c> says how many the row's last lease handed out, so that the lease's
    /// statement can return it (<c>RETURNING</c> sees only the new row). An UNLOGGED table of counters: adding a column
    /// with a constant default rewrites nothing.
    /// </summary>
    public partial class ClientWindowLeases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE thidua.client_windows ADD COLUMN granted integer NOT NULL DEFAULT 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE thidua.client_windows DROP COLUMN granted;");
        }
    }
}
