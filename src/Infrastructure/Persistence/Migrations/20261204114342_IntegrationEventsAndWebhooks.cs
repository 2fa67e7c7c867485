using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IntegrationEventsAndWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Whether a unit is the authority or lies under it (ADR 0025): scopes the change feed and webhook fan-out.
            migrationBuilder.Sql("""
                CREATE FUNCTION thidua.unit_within(unit uuid, authority uuid) RETURNS boolean
                LANGUAGE sql STABLE PARALLEL SAFE AS $$
                    WITH RECURSIVE up AS (
                        SELECT id, parent_id, 1 AS depth FROM thidua.units WHERE id = unit
                        UNION ALL
                        SELECT u.id, u.parent_id, up.depth + 1 FROM thidua.units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64
                    )
                    SELECT EXISTS (SELECT 1 FROM up WHERE id = authority)
                $$;
                """);

            migrationBuilder.CreateTable(
                name: "integration_events",
                schema: "thidua",
                columns: table => new
                {
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    data_version = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    authority_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    data = table.Column<JsonDocument>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_events", x => x.sequence);
                });

            migrationBuilder.CreateTable(
                name: "webhook_subscriptions",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    event_types = table.Column<string[]>(type: "text[]", nullable: false),
                    authority_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    secret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    previous_secret = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    previous_secret_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    secret_rotated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    subscription_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_sequence = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_status_code = table.Column<int>(type: "integer", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_integration_events_event_sequence",
                        column: x => x.event_sequence,
                        principalSchema: "thidua",
                        principalTable: "integration_events",
                        principalColumn: "sequence",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_webhook_subscriptions_subscription_id",
                        column: x => x.subscription_id,
                        principalSchema: "thidua",
                        principalTable: "webhook_subscriptions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "webhook_delivery_attempts",
                schema: "thidua",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    delivery_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    attempted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    duration_ms = table.Column<int>(type: "integer", nullable: false),
                    error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_delivery_attempts", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_delivery_attempts_webhook_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalSchema: "thidua",
                        principalTable: "webhook_deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_integration_events_authority_unit_id_sequence",
                schema: "thidua",
                table: "integration_events",
                columns: new[] { "authority_unit_id", "sequence" });

            migrationBuilder.CreateIndex(
                name: "ix_integration_events_id",
                schema: "thidua",
                table: "integration_events",
                column: "id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_event_sequence",
                schema: "thidua",
                table: "webhook_deliveries",
                column: "event_sequence");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_next_attempt_at",
                schema: "thidua",
                table: "webhook_deliveries",
                column: "next_attempt_at",
                filter: "status = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_subscription_id_event_sequence",
                schema: "thidua",
                table: "webhook_deliveries",
                columns: new[] { "subscription_id", "event_sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_delivery_attempts_delivery_id_attempt",
                schema: "thidua",
                table: "webhook_delivery_attempts",
                columns: new[] { "delivery_id", "attempt" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_subscriptions_authority_unit_id",
                schema: "thidua",
                table: "webhook_subscriptions",
                column: "authority_unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS thidua.unit_within(uuid, uuid);");

            migrationBuilder.DropTable(
                name: "webhook_delivery_attempts",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "webhook_deliveries",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "integration_events",
                schema: "thidua");

            migrationBuilder.DropTable(
                name: "webhook_subscriptions",
                schema: "thidua");
        }
    }
}
