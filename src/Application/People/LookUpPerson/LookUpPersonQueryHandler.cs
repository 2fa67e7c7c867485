using Mediator;
using ThiDua.Application.Audit;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.People.ListPeople;
using ThiDua.Domain.Units;

namespace ThiDua.Application.People.LookUpPerson;

/// <summary>
/// The citizen id is personal data (Nghị định 13/2023/NĐ-CP, Điều 2.3), so a lookup by it may only confirm what the caller
/// could read anyway: an admin finds anyone; a council finds only people whose current unit lies under its authority,
/// and a person elsewhere is answered exactly as an unknown id is (an empty page), so that no council confirms a citizen
/// id outside its authority. Unit officers and integration clients are refused (<c>auth.role_not_allowed</c>, 403).
/// Every lookup — refused, empty or found — is written to the audit log with the id masked and the people found
/// (<see cref="IReadAudit"/>); the rate limit is the endpoint's (<c>RateLimiting:LookupPermitsPerMinute</c>).
/// </summary>
public sealed class LookUpPersonQueryHandler(IPersonQueries queries, AccessGuard access, ICurrentUser user, IReadAudit audit)
    : IQueryHandler<LookUpPersonQuery, Page<PersonSummaryDto>>
{
    public const string ResourceType = "PersonLookup";

    public async ValueTask<Page<PersonSummaryDto>> Handle(LookUpPersonQuery query, CancellationToken cancellationToken)
    {
        var citizenId = query.CitizenId!;
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Council))
        {
            await RecordAsync(citizenId, "refused", [], 0, cancellationToken);
            throw new ForbiddenException(AccessGuard.RoleNotAllowed.WithMessage("Chỉ quản trị viên hoặc Hội đồng Thi đua – Khen thưởng mới được tra cứu cá nhân theo số căn cước công dân.", "Only an administrator or a council looks people up by citizen id."));
        }

        var matches = await queries.ListAsync(new ListPeopleQuery(null, null, citizenId, new PageRequest()), cancellationToken);
        var answered = new List<PersonSummaryDto>(matches.Items.Count);
        foreach (var person in matches.Items)
        {
            if (await access.CanActForAsync(new UnitId(person.CurrentUnit.Id), cancellationToken))
            {
                answered.Add(person);
            }
        }

        var withheld = matches.Items.Count - answered.Count;
        var outcome = answered.Count > 0 ? "found" : withheld > 0 ? "outside_authority" : "not_found";
        await RecordAsync(citizenId, outcome, matches.Items.Select(p => p.Id).ToList(), withheld, cancellationToken);
        return new Page<PersonSummaryDto>(answered, null);
    }

    private Task RecordAsync(string citizenId, string outcome, List<Guid> matched, int withheld, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditedRead(
                nameof(LookUpPersonQuery),
                ResourceType,
                matched.Count == 1 ? matched[0] : Guid.Empty,
                new Dictionary<string, object?>
                {
                    ["citizenId"] = PersonDto.MaskCitizenId(citizenId),
                    ["outcome"] = outcome,
                    ["matched"] = matched,
                    ["withheld"] = withheld,
                }),
            cancellationToken);
}
