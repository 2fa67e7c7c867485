using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using ThiDua.Application.Awards;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Units;
using ThiDua.Domain.Awards;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

/// <summary>
/// The award lookup in one SQL statement per page (ADR 0032): recursive CTEs give the caller's reach (its authority,
/// the units under it and those merged into any of them) and the unit filter's lineage; the award joins its unit, the
/// person and their current unit, and a province's own award type for its name. Only the filters given become SQL, so
/// each is served by its index (migration <c>AwardLookupIndexes</c>).
/// </summary>
internal sealed class AwardLookupQueries(ThiDuaDbContext db) : IAwardLookupQueries
{
    /// <summary>Bounds every recursion over the unit graph, as the unit lineage queries do.</summary>
    private const int MaxDepth = 64;

    public async Task<IReadOnlyList<AwardLookupItemDto>> FindAsync(
        AwardLookupScope scope, AwardLookupFilter filter, AwardLookupPosition? after, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new List<NpgsqlParameter>();
        string Parameter(object value, NpgsqlDbType type)
        {
            var name = $"p{parameters.Count}";
            parameters.Add(new NpgsqlParameter(name, type) { Value = value });
            return "@" + name;
        }

        var ctes = new List<string>();
        var where = new List<string>();
        if (scope.Reach != AwardLookupReach.Everything)
        {
            var unit = Parameter(scope.UnitId!.Value, NpgsqlDbType.Uuid);
            ctes.Add(ReachCte(unit, scope.Reach));
            where.Add("(a.unit_id IN (SELECT id FROM reach) OR p.current_unit_id IN (SELECT id FROM reach))");
        }

        var personalData = PersonalDataVisible(scope, ctes);
        if (filter.UnitId is { } unitId)
        {
            ctes.Add($"""
                lineage AS (
                    SELECT id, 0 AS depth FROM thidua.units WHERE id = {Parameter(unitId, NpgsqlDbType.Uuid)}
                    UNION
                    SELECT u.id, l.depth + 1 FROM thidua.units u JOIN lineage l ON u.successor_id = l.id WHERE l.depth < {MaxDepth}
                )
                """);
            where.Add("a.unit_id IN (SELECT id FROM lineage)");
        }

        if (filter.FiltersOnPerson)
        {
            where.Add("a.person_id IS NOT NULL");
        }

        if (filter.FiltersOnPersonalData)
        {
            // A filter on personal data matches only people whose personal data the caller may read: it never confirms
            // a citizen id or birth date that the person's own page would withhold (issue 15, item 2).
            where.Add(personalData);
        }

        if (Clean(filter.CitizenId) is { } citizenId)
        {
            where.Add($"p.citizen_id = {Parameter(citizenId, NpgsqlDbType.Varchar)}");
        }

        if (Clean(filter.CivilServantCode) is { } code)
        {
            where.Add($"upper(p.civil_servant_code) = upper({Parameter(code, NpgsqlDbType.Varchar)})");
        }

        if (Clean(filter.FullName) is { } name)
        {
            where.Add($"p.search_text LIKE thidua.search_normalize({Parameter(Like.Containing(name), NpgsqlDbType.Text)}) ESCAPE '\\'");
        }

        if (filter.BirthDate is { } birthDate)
        {
            where.Add($"p.birth_date = {Parameter(birthDate, NpgsqlDbType.Date)}");
        }

        if (Clean(filter.AwardType) is { } awardType)
        {
            where.Add($"a.award_type_code = {Parameter(awardType.ToUpperInvariant(), NpgsqlDbType.Varchar)}");
        }

        if (filter.Year is { } year)
        {
            where.Add($"a.year = {Parameter(year, NpgsqlDbType.Integer)}");
        }

        if (Clean(filter.Decision) is { } decision)
        {
            // Ignoring case and diacritics, as searches do: "23/qd-syt" finds "23/QĐ-SYT".
            where.Add($"thidua.search_normalize(a.decision_number) = thidua.search_normalize({Parameter(decision, NpgsqlDbType.Text)})");
        }

        if (filter.RecipientKind is { } kind)
        {
            where.Add($"a.recipient_kind = {Parameter(kind.ToString(), NpgsqlDbType.Varchar)}");
        }

        if (after is not null)
        {
            where.Add($"(a.year, a.decision_date, a.id) < ({Parameter(after.Year, NpgsqlDbType.Integer)}, {Parameter(after.DecisionDate, NpgsqlDbType.Date)}, {Parameter(after.Id, NpgsqlDbType.Uuid)})");
        }

        var sql = new StringBuilder();
        if (ctes.Count > 0)
        {
            sql.Append("WITH RECURSIVE ").AppendJoin(",\n", ctes).Append('\n');
        }

        sql.Append(CultureInfo.InvariantCulture, $"""
            SELECT a.id AS id, a.award_type_code AS award_type_code, t.name AS own_type_name, a.recipient_kind AS recipient_kind,
                   a.year AS year, a.commendation_type AS commendation_type,
                   a.decision_number AS decision_number, a.decision_date AS decision_date, a.decision_issuer AS decision_issuer, a.decision_document_id AS decision_document_id,
                   a.source AS source, a.recipient_name_at_decision AS recipient_name_at_decision, a.unit_name_at_decision AS unit_name_at_decision,
                   u.id AS unit_id, u.code AS unit_code, u.name AS unit_name, u.status AS unit_status,
                   p.id AS person_id, p.full_name AS full_name, p.civil_servant_code AS civil_servant_code, p.citizen_id AS citizen_id,
                   p.birth_date AS birth_date, pu.id AS person_unit_id, pu.code AS person_unit_code, pu.name AS person_unit_name,
                   pu.status AS person_unit_status, coalesce({personalData}, false) AS personal_data_visible,
                   a.bonus_vnd AS bonus_vnd, a.revocation_ground AS revocation_ground, a.revocation_decision_number AS revocation_number,
                   a.revocation_decision_date AS revocation_date, a.revocation_decision_issuer AS revocation_issuer, a.revocation_decision_document_id AS revocation_document_id, a.revocation_reason AS revocation_reason
            FROM thidua.award_records a
            JOIN thidua.units u ON u.id = a.unit_id
            LEFT JOIN thidua.people p ON p.id = a.person_id
            LEFT JOIN thidua.units pu ON pu.id = p.current_unit_id
            LEFT JOIN thidua.provincial_award_types t ON t.code = a.award_type_code

            """);
        if (where.Count > 0)
        {
            sql.Append("WHERE ").AppendJoin("\n  AND ", where).Append('\n');
        }

        sql.Append(CultureInfo.InvariantCulture, $"ORDER BY a.year DESC, a.decision_date DESC, a.id DESC\nLIMIT {Parameter(take, NpgsqlDbType.Integer)}");

        var rows = await db.Database.SqlQueryRaw<AwardLookupRow>(sql.ToString(), [.. parameters]).ToListAsync(cancellationToken);
        return rows.Select(ToItem).ToList();
    }

    public async Task<UnitInLookupScope> LocateUnitAsync(AwardLookupScope scope, Guid unitId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Reach == AwardLookupReach.Everything)
        {
            return await db.Units.AnyAsync(u => u.Id == new UnitId(unitId), cancellationToken) ? UnitInLookupScope.Inside : UnitInLookupScope.Unknown;
        }

        // Only constant SQL is concatenated; the ids travel as parameters.
        var sql = "WITH RECURSIVE " + ReachCte("@scope", scope.Reach) + """

            SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM thidua.units WHERE id = @unit) THEN 0
                        WHEN @unit IN (SELECT id FROM reach) THEN 2
                        ELSE 1 END AS "Value"
            """;
        var located = await db.Database.SqlQueryRaw<int>(
            sql,
            new NpgsqlParameter("scope", NpgsqlDbType.Uuid) { Value = scope.UnitId!.Value },
            new NpgsqlParameter("unit", NpgsqlDbType.Uuid) { Value = unitId }).ToListAsync(cancellationToken);
        return (UnitInLookupScope)located.Single();
    }

    /// <summary>
    /// The units whose awards the caller reaches: from its unit, the units merged into it (successor_id) and, for an
    /// authority, the units under it (parent_id), repeatedly — so what lay under a merged predecessor is reached too.
    /// </summary>
    private static string ReachCte(string unitParameter, AwardLookupReach reach) => $"""
        reach AS (
            SELECT id, 0 AS depth FROM thidua.units WHERE id = {unitParameter}
            UNION
            SELECT u.id, r.depth + 1 FROM thidua.units u JOIN reach r ON {(reach == AwardLookupReach.Authority ? "(u.successor_id = r.id OR u.parent_id = r.id)" : "u.successor_id = r.id")}
            WHERE r.depth < {MaxDepth}
        )
        """;

    /// <summary>
    /// The SQL condition under which the caller may read a person's personal data, as the people view decides it
    /// (<c>AccessGuard.MaySeePersonalDataAsync</c>): an admin always; a council when the person's current unit is its
    /// authority or lies under it (parent_id only, as the guard's ancestors); a unit officer for its own unit's staff;
    /// an integration client never.
    /// </summary>
    private static string PersonalDataVisible(AwardLookupScope scope, List<string> ctes)
    {
        if (!scope.PersonalData)
        {
            return "false";
        }

        switch (scope.Reach)
        {
            case AwardLookupReach.Everything:
                return "(p.id IS NOT NULL)";
            case AwardLookupReach.OwnUnit:
                return "(p.current_unit_id = (SELECT id FROM reach WHERE depth = 0))";
            default:
                ctes.Add($"""
                    staff AS (
                        SELECT id, 0 AS depth FROM reach WHERE depth = 0
                        UNION
                        SELECT u.id, s.depth + 1 FROM thidua.units u JOIN staff s ON u.parent_id = s.id WHERE s.depth < {MaxDepth}
                    )
                    """);
                return "(p.current_unit_id IN (SELECT id FROM staff))";
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static AwardLookupItemDto ToItem(AwardLookupRow r)
    {
        var national = AwardCatalogue.Find(r.AwardTypeCode);
        var kind = Enum.Parse<RecipientKind>(r.RecipientKind);
        return new AwardLookupItemDto(
            r.Id,
            new AwardTypeReferenceDto(r.AwardTypeCode, national?.Name ?? r.OwnTypeName ?? r.AwardTypeCode, national?.RecipientKind ?? kind),
            kind,
            r.Year,
            Enum.Parse<CommendationType>(r.CommendationType),
            new DocumentDto(r.DecisionNumber, r.DecisionDate, r.DecisionIssuer, r.DecisionDocumentId),
            Enum.Parse<AwardSource>(r.Source),
            r.RecipientNameAtDecision,
            r.UnitNameAtDecision,
            new UnitReferenceDto(r.UnitId, r.UnitCode, r.UnitName, Enum.Parse<UnitStatus>(r.UnitStatus)),
            r.PersonId is { } personId
                ? new AwardLookupPersonDto(
                    personId,
                    r.FullName!,
                    r.CivilServantCode,
                    r.CitizenId,
                    r.BirthDate,
                    new UnitReferenceDto(r.PersonUnitId!.Value, r.PersonUnitCode!, r.PersonUnitName!, Enum.Parse<UnitStatus>(r.PersonUnitStatus!)),
                    r.PersonalDataVisible)
                : null,
            r.BonusVnd,
            r.RevocationGround is not null,
            r.RevocationGround is { } ground
                ? new RevocationDto(Enum.Parse<RevocationGround>(ground), new DocumentDto(r.RevocationNumber!, r.RevocationDate!.Value, r.RevocationIssuer, r.RevocationDocumentId), r.RevocationReason)
                : null);
    }
}

/// <summary>One row of the lookup statement (columns aliased to these names in snake case, as the model's naming convention reads them).</summary>
internal sealed record AwardLookupRow(
    Guid Id,
    string AwardTypeCode,
    string? OwnTypeName,
    string RecipientKind,
    int Year,
    string CommendationType,
    string DecisionNumber,
    DateOnly DecisionDate,
    string? DecisionIssuer,
    Guid? DecisionDocumentId,
    string Source,
    string RecipientNameAtDecision,
    string UnitNameAtDecision,
    Guid UnitId,
    string UnitCode,
    string UnitName,
    string UnitStatus,
    Guid? PersonId,
    string? FullName,
    string? CivilServantCode,
    string? CitizenId,
    DateOnly? BirthDate,
    Guid? PersonUnitId,
    string? PersonUnitCode,
    string? PersonUnitName,
    string? PersonUnitStatus,
    bool PersonalDataVisible,
    long? BonusVnd,
    string? RevocationGround,
    string? RevocationNumber,
    DateOnly? RevocationDate,
    string? RevocationIssuer,
    Guid? RevocationDocumentId,
    string? RevocationReason);
