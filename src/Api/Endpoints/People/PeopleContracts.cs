using ThiDua.Domain.Awards;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Api.Endpoints.People;

/// <summary>A person's identity. Citizen id (CCCD), birth date: personal data.</summary>
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
public sealed record RegisterPersonRequest : PersonIdentityRequest
{
    public Guid? UnitId { get; init; }

    /// <example>Bác sĩ khoa Nhi</example>
    public string? Position { get; init; }

    /// <example>2015-01-01</example>
    public DateOnly? EmployedFrom { get; init; }
}

/// <summary>A move to another unit (điều động, luân chuyển) from a date.</summary>
public sealed record TransferRequest
{
    public Guid? UnitId { get; init; }

    public string? Position { get; init; }

    public DateOnly? From { get; init; }
}

/// <summary>A yearly rating (xếp loại): <c>excellent</c>, <c>good</c>, <c>completed</c>, <c>not-completed</c>.</summary>
public sealed record RatingRequest
{
    /// <example>excellent</example>
    public PerformanceRating? Rating { get; init; }

    public DocumentRequest? Document { get; init; }
}

/// <summary>A recognised initiative or accepted scientific work.</summary>
public sealed record InitiativeRequest
{
    /// <example>Ứng dụng quy trình chăm sóc sơ sinh non tháng</example>
    public string? Title { get; init; }

    /// <summary><c>initiative</c> or <c>scientific-work</c>.</summary>
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
public sealed record DisciplineRequest
{
    public DisciplineKind? Kind { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Reason { get; init; }

    public DocumentRequest? LegalBasis { get; init; }
}

/// <summary>The end of a discipline period, or the day a hold is lifted.</summary>
public sealed record EndDisciplineRequest
{
    public DateOnly? LastDay { get; init; }
}

/// <summary>A past award entered from its decision.</summary>
public sealed record ImportAwardRequest
{
    /// <example>CSTDCS</example>
    public string? AwardTypeCode { get; init; }

    /// <example>2024</example>
    public int? Year { get; init; }

    /// <summary><c>merit</c> (default), <c>thematic</c>, <c>sudden</c>, <c>long-service</c>, <c>foreign</c>.</summary>
    public CommendationType? CommendationType { get; init; }

    public DocumentRequest? Decision { get; init; }

    /// <summary>For a person: the initiatives the award was based on (each supports one award only).</summary>
    public IReadOnlyList<Guid>? BasisInitiativeIds { get; init; }
}

/// <summary>A revocation: legal ground and revocation decision.</summary>
public sealed record RevokeAwardRequest
{
    /// <summary><c>fraudulent-declaration</c>, <c>false-dossier</c>, <c>unlawful-procedure</c>, <c>later-finding-of-violation</c>.</summary>
    public RevocationGround? Ground { get; init; }

    public DocumentRequest? Decision { get; init; }

    public string? Reason { get; init; }
}

/// <summary>A citizen id (CCCD) to look a person up by.</summary>
public sealed record CitizenIdLookupRequest
{
    /// <example>001185012345</example>
    public string? CitizenId { get; init; }
}

/// <summary>A leave period: <c>maternity</c>, <c>sickness</c>, <c>duty-injury</c>, <c>study</c> or <c>unpaid</c> (personal data).</summary>
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
public sealed record EndLeaveRequest
{
    public DateOnly? LastDay { get; init; }
}

/// <summary>
/// A position held (chức vụ). Levels, lowest first: <c>staff</c> (no leadership), <c>sub-unit-deputy</c>,
/// <c>sub-unit-head</c> (khoa, phòng), <c>unit-deputy</c>, <c>unit-head</c> (units under the Sở),
/// <c>department-deputy</c>, <c>department-head</c> (the Sở), <c>province-deputy</c>, <c>province-head</c>.
/// </summary>
public sealed record PositionRequest
{
    /// <example>Phó Giám đốc Sở Y tế Hà Nam</example>
    public string? Title { get; init; }

    /// <example>department-deputy</example>
    public PositionLevel? Level { get; init; }

    /// <example>2015-03-01</example>
    public DateOnly? From { get; init; }

    /// <summary>Last day in the position; leave it out while it is held.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The appointment (bổ nhiệm), election or assignment decision.</summary>
    public DocumentRequest? Appointment { get; init; }
}

/// <summary>The last day in a position.</summary>
public sealed record EndPositionRequest
{
    public DateOnly? LastDay { get; init; }
}

/// <summary>The retirement notice or decision (personal data): <c>notice</c>, <c>decision</c> or <c>leadership-ended</c>.</summary>
public sealed record RetirementRequest
{
    /// <example>notice</example>
    public RetirementKind? Kind { get; init; }

    /// <summary>The day the person retires (or leaves the leadership position, for <c>leadership-ended</c>).</summary>
    /// <example>2026-06-30</example>
    public DateOnly? RetiresOn { get; init; }

    /// <summary>Whether the person's retirement age is set higher than the general one (then a woman leader's time is not reduced).</summary>
    public bool? HigherRetirementAge { get; init; }

    /// <summary>The notice or decision; its date is the day retirement was notified or decided.</summary>
    public DocumentRequest? Document { get; init; }
}
