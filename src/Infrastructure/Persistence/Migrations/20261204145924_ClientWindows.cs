using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The state every API instance shares about a client (ADR 0031): its rate-limit window and its read fence. UNLOGGED:
    /// written on every request, worth no WAL, emptied by a crash (quotas restart, which is harmless), never replicated
    /// (only the primary reads it). Not in the EF model: <c>ClientWindowStore</c> reaches it with plain SQL.
    /// </summary>
    public partial class ClientWindows : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                CREATE UNLOGGED TABLE thidua.client_windows (
                    client_key text PRIMARY KEY,
                    window_start bigint NOT NULL,
                    requests integer NOT NULL,
                    written_lsn pg_lsn NULL
                ) WITH (fillfactor = 70);
                CREATE INDEX ix_client_windows_window_start ON thidua.client_windows (window_start);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE thidua.client_windows;");
        }
    }
}
