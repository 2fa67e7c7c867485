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
