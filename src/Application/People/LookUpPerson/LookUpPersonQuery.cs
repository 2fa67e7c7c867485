using Mediator;
using ThiDua.Application.Common.Paging;

namespace ThiDua.Application.People.LookUpPerson;

/// <summary>
/// A person by citizen id (số căn cước công dân), for an admin or a council: answers only people whose current unit lies
/// under the council's authority, and each lookup is rate-limited and audited (issue 15 item 2).
/// </summary>
public sealed record LookUpPersonQuery(string? CitizenId) : IQuery<Page<PersonSummaryDto>>;
