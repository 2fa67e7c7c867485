using ThiDua.Api.OpenApi;
using ThiDua.Application.Awards.ImportPersonAward;
using ThiDua.Application.Awards.ImportUnitAward;
using ThiDua.Application.Awards.RevokeAward;
using ThiDua.Application.Nominations.RevokeNominationLine;
using ThiDua.Application.People.EndDiscipline;
using ThiDua.Application.People.EndLeave;
using ThiDua.Application.People.EndPosition;
using ThiDua.Application.People.ListPeople;
using ThiDua.Application.People.RecordDiscipline;
using ThiDua.Application.People.RecordInitiative;
using ThiDua.Application.People.RecordLeave;
using ThiDua.Application.People.RecordPersonRating;
using ThiDua.Application.People.RecordPosition;
using ThiDua.Application.People.RecordRetirement;
using ThiDua.Application.People.RegisterPerson;
using ThiDua.Application.People.TransferPerson;
using ThiDua.Application.People.UpdatePerson;
using ThiDua.Application.Units.RecordUnitRating;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;
using ThiDua.Domain.Statistics;

namespace ThiDua.Api.Endpoints.People;

/// <summary>A person's identity. Citizen id (CCCD), birth date: personal data.</summary>
[ValidatedAs(typeof(UpdatePersonCommand))]
public record PersonIdentityRequest
{
    /// <example>Nguyễn Thị Lan</example>
    public string? FullName { get; init; }

    /// <summary><c>male</c> or <c>female</c>.</summary>
    /// <example>female</example>
    public Gender? Gender { get; init; }

    /// <example>1985-03-02</example>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Số căn cước công dân: 12 digits.</summary>
    /// <example>001185012345</example>
    public string? CitizenId { get; init; }

    /// <summary>Mã số công chức, viên chức.</summary>
    public string? CivilServantCode { get; init; }
}

/// <summary>A new member of staff, employed at a unit in a position from a date.</summary>
[ValidatedAs(typeof(RegisterPersonCommand))]
public sealed record RegisterPersonRequest : PersonIdentityRequest
{
    public Guid? UnitId { get; init; }

    /// <example>Bác sĩ khoa Nhi</example>
    public string? Position { get; init; }

    /// <example>2015-01-01</example>
    public DateOnly? EmployedFrom { get; init; }
}

/// <summary>A move to another unit (điều động, luân chuyển) from a date.</summary>
[ValidatedAs(typeof(TransferPersonCommand))]
public sealed record TransferRequest
{
    public Guid? UnitId { get; init; }

    public string? Position { get; init; }

    public DateOnly? From { get; init; }
}

/// <summary>A yearly rating (xếp loại): <c>excellent</c>, <c>good</c>, <c>completed</c>, <c>notCompleted</c>.</summary>
[ValidatedAs(typeof(RecordPersonRatingCommand))]
[ValidatedAs(typeof(RecordUnitRatingCommand))]
public sealed record RatingRequest
{
    /// <example>excellent</example>
    public PerformanceRating? Rating { get; init; }

    public DocumentRequest? Document { get; init; }
}

/// <summary>A recognised initiative or accepted scientific work.</summary>
[ValidatedAs(typeof(RecordInitiativeCommand))]
public sealed record InitiativeRequest
{
    /// <example>Ứng dụng quy trình chăm sóc sơ sinh non tháng</example>
    public string? Title { get; init; }

    /// <summary><c>initiative</c> or <c>scientificWork</c>.</summary>
    public InitiativeKind? Kind { get; init; }

    /// <example>2024</example>
    public int? Year { get; init; }

    /// <summary><c>unit</c>, <c>province</c> or <c>national</c> (phạm vi ảnh hưởng).</summary>
    public InitiativeScope? Scope { get; init; }

    /// <example>Hội đồng sáng kiến Sở Y tế</example>
    public string? RecognisingBody { get; init; }

    public DocumentRequest? Document { get; init; }
}

/// <summary>A discipline or a hold (<c>hold</c>, <c>reprimand</c>, <c>warning</c>, <c>demotion</c>, <c>removal</c>, <c>dismissal</c>).</summary>
[ValidatedAs(typeof(RecordDisciplineCommand))]
public sealed record DisciplineRequest
{
    public DisciplineKind? Kind { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Reason { get; init; }

    public DocumentRequest? LegalBasis { get; init; }
}

/// <summary>The end of a discipline period, or the day a hold is lifted.</summary>
[ValidatedAs(typeof(EndDisciplineCommand))]
public sealed record EndDisciplineRequest
{
    public DateOnly? LastDay { get; init; }
}

/// <summary>A past award entered from its decision.</summary>
[ValidatedAs(typeof(ImportPersonAwardCommand))]
[ValidatedAs(typeof(ImportUnitAwardCommand))]
public sealed record ImportAwardRequest
{
    /// <example>CSTDCS</example>
    public string? AwardTypeCode { get; init; }

    /// <example>2024</example>
    public int? Year { get; init; }

    /// <summary><c>merit</c> (default), <c>thematic</c>, <c>sudden</c>, <c>longService</c>, <c>foreign</c>.</summary>
    public CommendationType? CommendationType { get; init; }

    public DocumentRequest? Decision { get; init; }

    /// <summary>For a person: the initiatives the award was based on (each supports one award only).</summary>
    public IReadOnlyList<Guid>? BasisInitiativeIds { get; init; }

    /// <summary>
    /// Optional, for the statistical forms (ADR 0034): the recipient category — for a collective <c>collective</c>,
    /// <c>enterprise</c> or <c>household</c>; for a person a position group, e.g. <c>directWorker</c>. Left out: a
    /// collective, or the person's position group on the decision date.
    /// </summary>
    public RecipientCategory? StatisticsRecipientCategory { get; init; }

    /// <summary>Optional, for the statistical forms: <c>seniority</c> or <c>resistance</c> for a merit or long-service award. Left out: from the commendation type.</summary>
    public AwardMethod? StatisticsAwardMethod { get; init; }
}

/// <summary>A revocation: legal ground and revocation decision.</summary>
[ValidatedAs(typeof(RevokeAwardCommand))]
[ValidatedAs(typeof(RevokeNominationLineCommand))]
public sealed record RevokeAwardRequest
{
    /// <summary><c>fraudulentDeclaration</c>, <c>falseDossier</c>, <c>unlawfulProcedure</c>, <c>laterFindingOfViolation</c>.</summary>
    public RevocationGround? Ground { get; init; }

    public DocumentRequest? Decision { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A citizen id (CCCD) to look a person up by.</summary>
[ValidatedAs(typeof(ListPeopleQuery))]
public sealed record CitizenIdLookupRequest
{
    /// <example>001185012345</example>
    public string? CitizenId { get; init; }
}

/// <summary>A leave period: <c>maternity</c>, <c>sickness</c>, <c>dutyInjury</c>, <c>study</c> or <c>unpaid</c> (personal data).</summary>
[ValidatedAs(typeof(RecordLeaveCommand))]
public sealed record LeaveRequest
{
    /// <example>maternity</example>
    public LeaveKind? Kind { get; init; }

    /// <example>2025-03-01</example>
    public DateOnly? From { get; init; }

    /// <summary>Last day of leave; leave it out while the leave lasts.</summary>
    /// <example>2025-08-31</example>
    public DateOnly? To { get; init; }

    /// <summary>The decision or certificate the leave rests on.</summary>
    public DocumentRequest? Document { get; init; }
}

/// <summary>The last day of an open leave.</summary>
[ValidatedAs(typeof(EndLeaveCommand))]
public sealed record EndLeaveRequest
{
    public DateOnly? LastDay { get; init; }
}

/// <summary>
/// A position held (chức vụ). Levels, lowest first: <c>staff</c> (no leadership), <c>subUnitDeputy</c>,
/// <c>subUnitHead</c> (khoa, phòng), <c>unitDeputy</c>, <c>unitHead</c> (units under the Sở),
/// <c>departmentDeputy</c>, <c>departmentHead</c> (the Sở), <c>provinceDeputy</c>, <c>provinceHead</c>.
/// </summary>
[ValidatedAs(typeof(RecordPositionCommand))]
public sealed record PositionRequest
{
    /// <example>Phó Giám đốc Sở Y tế Hà Nam</example>
    public string? Title { get; init; }

    /// <example>departmentDeputy</example>
    public PositionLevel? Level { get; init; }

    /// <example>2015-03-01</example>
    public DateOnly? From { get; init; }

    /// <summary>Last day in the position; leave it out while it is held.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The appointment (bổ nhiệm), election or assignment decision.</summary>
    public DocumentRequest? Appointment { get; init; }
}

/// <summary>The last day in a position.</summary>
[ValidatedAs(typeof(EndPositionCommand))]
public sealed record EndPositionRequest
{
    public DateOnly? LastDay { get; init; }
}

/// <summary>The retirement notice or decision (personal data): <c>notice</c>, <c>decision</c> or <c>leadershipEnded</c>.</summary>
[ValidatedAs(typeof(RecordRetirementCommand))]
public sealed record RetirementRequest
{
    /// <example>notice</example>
    public RetirementKind? Kind { get; init; }

    /// <summary>The day the person retires (or leaves the leadership position, for <c>leadershipEnded</c>).</summary>
    /// <example>2026-06-30</example>
    public DateOnly? RetiresOn { get; init; }

    /// <summary>Whether the person's retirement age is set higher than the general one (then a woman leader's time is not reduced).</summary>
    public bool? HigherRetirementAge { get; init; }

    /// <summary>The notice or decision; its date is the day retirement was notified or decided.</summary>
    public DocumentRequest? Document { get; init; }
}
