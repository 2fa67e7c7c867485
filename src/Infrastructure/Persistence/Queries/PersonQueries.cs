using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using ThiDua.Application.Common.Documents;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.People;
using ThiDua.Application.People.ListPeople;
using ThiDua.Domain.People;
using ThiDua.Domain.Units;

namespace ThiDua.Infrastructure.Persistence.Queries;

internal sealed class PersonQueries(ThiDuaDbContext db, ReadCommands reads) : IPersonQueries
{
    public async Task<PersonDto?> GetAsync(PersonId id, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var units = await UnitReferences.ByIdsAsync(db, person.Employments.Select(e => e.UnitId), cancellationToken);
        var current = person.CurrentEmployment;
        return new PersonDto(
            person.Id.Value,
            person.FullName,
            person.Gender,
            person.BirthDate,
            person.CitizenId,
            person.CivilServantCode,
            units[current.UnitId],
            current.Position,
            person.Employments.OrderBy(e => e.From).Select(e => new EmploymentDto(units[e.UnitId], e.Position, e.From, e.To)).ToList(),
            person.Ratings.OrderByDescending(r => r.Year).Select(r => new RatingDto(r.Year, r.Rating, DocumentDto.From(r.Document))).ToList(),
            person.Initiatives.OrderByDescending(i => i.Year).ThenBy(i => i.Title, StringComparer.Ordinal)
                .Select(i => new InitiativeDto(i.Id, i.Title, i.Kind, i.Year, i.Scope, i.RecognisingBody, DocumentDto.From(i.Document)!)).ToList(),
            person.Disciplines.OrderByDescending(d => d.From)
                .Select(d => new DisciplineDto(d.Id, d.Kind, d.From, d.To, d.Reason, DocumentDto.From(d.LegalBasis)!)).ToList(),
            true,
            person.CreatedAt,
            person.UpdatedAt,
            person.Version)
        {
            Leaves = person.Leaves.OrderByDescending(l => l.From)
                .Select(l => new LeaveDto(l.Id, l.Kind, l.From, l.To, l.CountsAsWorked, DocumentDto.From(l.Document)!)).ToList(),
            Positions = person.Positions.OrderByDescending(p => p.From).ThenByDescending(p => p.Level)
                .Select(p => new PositionDto(p.Id, p.Title, p.Level, p.IsLeadership, p.From, p.To, DocumentDto.From(p.Appointment)!)).ToList(),
            Retirement = person.Retirement is { } r ? new RetirementDto(r.Kind, r.NotifiedOn, r.RetiresOn, r.HigherRetirementAge, DocumentDto.From(r.Document)!) : null,
        };
    }

    public async Task<Page<PersonSummaryDto>> ListAsync(ListPeopleQuery query, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            return await SearchAsync(query, cancellationToken);
        }

        var people = db.People.AsNoTracking();
        if (query.UnitId is { } unitId)
        {
            var unit = new UnitId(unitId);
            people = people.Where(p => p.CurrentUnitId == unit);
        }

        if (query.CitizenId is { } citizenId)
        {
            people = people.Where(p => p.CitizenId == citizenId);
        }

        if (KeysetCursor.Decode(query.Page.Cursor) is { } after)
        {
            var afterId = new PersonId(after.Id);
            people = people.Where(p => EF.Functions.GreaterThan(ValueTuple.Create(p.FullName, p.Id), ValueTuple.Create(after.Key, afterId)));
        }

        var rows = await people
            .OrderBy(p => p.FullName).ThenBy(p => p.Id)
            .Take(query.Page.Limit + 1)
            .Select(p => new SummaryRow(p.Id, p.FullName, p.Gender, p.CurrentUnitId, p.Employments.Where(e => e.To == null).Select(e => e.Position).First()))
            .ToListAsync(cancellationToken);
        var items = await ToSummariesAsync(rows, cancellationToken);
        return KeysetCursor.ToPage(items, query.Page.Limit, p => new KeysetCursor(p.FullName, p.Id));
    }

    /// <summary>
    /// <c>q</c> in three tiers (ADR 0030): the name or civil servant code starting with <c>q</c>, then a word of
    /// them starting with it, then (bounded) containing it. The page's people are then read by id.
    /// </summary>
    private async Task<Page<PersonSummaryDto>> SearchAsync(ListPeopleQuery query, CancellationToken cancellationToken)
    {
        var filters = new List<SearchFilter>();
        if (query.UnitId is { } unitId)
        {
            filters.Add(new("current_unit_id", unitId, NpgsqlDbType.Uuid));
        }

        if (query.CitizenId is { } citizenId)
        {
            filters.Add(new("citizen_id", citizenId, NpgsqlDbType.Varchar));
        }

        var hits = await WordPrefixSearch.PageAsync(
            reads, WordPrefixSearch.People, query.Q!, KeysetCursor.Decode(query.Page.Cursor), query.Page.Limit, filters, "t.id", r => r.GetGuid(2), cancellationToken);
        var ids = hits.Select(h => new PersonId(h.Row)).ToList();
        var rows = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new SummaryRow(p.Id, p.FullName, p.Gender, p.CurrentUnitId, p.Employments.Where(e => e.To == null).Select(e => e.Position).First()))
            .ToDictionaryAsync(r => r.Id.Value, cancellationToken);
        var summaries = (await ToSummariesAsync(rows.Values.ToList(), cancellationToken)).ToDictionary(p => p.Id);
        var page = KeysetCursor.ToPage(hits, query.Page.Limit, h => new KeysetCursor(h.SortKey, h.Row));
        return new Page<PersonSummaryDto>(page.Items.Select(h => summaries[h.Row]).ToList(), page.NextCursor);
    }

    private async Task<List<PersonSummaryDto>> ToSummariesAsync(IReadOnlyList<SummaryRow> rows, CancellationToken cancellationToken)
    {
        var units = await UnitReferences.ByIdsAsync(db, rows.Select(r => r.CurrentUnitId), cancellationToken);
        return rows.Select(r => new PersonSummaryDto(r.Id.Value, r.FullName, r.Gender, units[r.CurrentUnitId], r.Position)).ToList();
    }

    private sealed record SummaryRow(PersonId Id, string FullName, Gender Gender, UnitId CurrentUnitId, string Position);
}
