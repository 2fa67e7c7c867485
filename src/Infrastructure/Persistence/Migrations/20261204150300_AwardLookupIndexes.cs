using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AwardLookupIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The award lookup (ADR 0032): one index per filter that had none. Expression and multi-column indexes over the
            // owned decision columns are not expressible in the model, so they live here only; the model is unchanged.
            // Newest first (year, decision date, id) for the keyset pages and the year filter.
            migrationBuilder.Sql("CREATE INDEX ix_award_records_lookup_order ON thidua.award_records (year, decision_date, id);");

            // Award type, with or without a year, in page order.
            migrationBuilder.Sql("CREATE INDEX ix_award_records_award_type_lookup ON thidua.award_records (award_type_code, year, decision_date, id);");

            // Decision number, ignoring case and diacritics (thidua.search_normalize is IMMUTABLE).
            migrationBuilder.Sql("CREATE INDEX ix_award_records_decision_number_search ON thidua.award_records (thidua.search_normalize(decision_number));");

            // Civil-servant code, any letter case; birth date (with the name, whose trigram index already exists).
            migrationBuilder.Sql("CREATE INDEX ix_people_civil_servant_code_upper ON thidua.people (upper(civil_servant_code));");
            migrationBuilder.Sql("CREATE INDEX ix_people_birth_date ON thidua.people (birth_date);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX thidua.ix_people_birth_date;");
            migrationBuilder.Sql("DROP INDEX thidua.ix_people_civil_servant_code_upper;");
            migrationBuilder.Sql("DROP INDEX thidua.ix_award_records_decision_number_search;");
            migrationBuilder.Sql("DROP INDEX thidua.ix_award_records_award_type_lookup;");
            migrationBuilder.Sql("DROP INDEX thidua.ix_award_records_lookup_order;");
        }
    }
}
