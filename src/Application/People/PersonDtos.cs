using ThiDua.Application.Common.Documents;
using ThiDua.Application.Units;
using ThiDua.Domain.Common;
using ThiDua.Domain.People;

namespace ThiDua.Application.People;

public sealed record EmploymentDto(UnitReferenceDto Unit, string Position, DateOnly From, DateOnly? To);

public sealed record RatingDto(int Year, PerformanceRating Rating, DocumentDto? Document);

public sealed record InitiativeDto(Guid Id, string Title, InitiativeKind Kind, int Year, InitiativeScope Scope, string RecognisingBody, DocumentDto Document);

public sealed record DisciplineDto(Guid Id, DisciplineKind Kind, DateOnly From, DateOnly? To, string Reason, DocumentDto LegalBasis);

/// <summary>A leave period; <c>countsAsWorked</c> for maternity leave (Decree 152/2025 Art. 4.5) and treatment of an injury on duty.</summary>
public sealed record LeaveDto(Guid Id, LeaveKind Kind, DateOnly From, DateOnly? To, bool CountsAsWorked, DocumentDto Document);

/// <summary>A position held; <c>isLeadership</c> for every level above <c>staff</c>.</summary>
public sealed record PositionDto(Guid Id, string Title, PositionLevel Level, bool IsLeadership, DateOnly From, DateOnly? To, DocumentDto Appointment);

/// <summary>The retirement notice or decision: <c>notifiedOn</c> is the document's date.</summary>
public sealed record RetirementDto(RetirementKind Kind, DateOnly NotifiedOn, DateOnly RetiresOn, bool HigherRetirementAge, DocumentDto Document);

/// <summary>
/// A person. Citizen id, birth date, yearly ratings, disciplines, leave and retirement are personal data (Nghị định
/// 13/2023/NĐ-CP, Điều 2): shown in full only to an admin, a council over the person's unit and the person's own unit
/// (<c>personalDataVisible</c>); elsewhere the citizen id is masked (<c>0010*****123</c>), and birth date, ratings,
/// disciplines, leave and retirement are left out (null). Positions held are public functions, initiatives are recognised
/// publicly: both are always shown.
/// </summary>
public sealed record PersonDto(
    Guid Id,
    string FullName,
    Gender Gender,
    DateOnly? BirthDate,
    string? CitizenId,
    string? CivilServantCode,
    UnitReferenceDto CurrentUnit,
    string Position,
    IReadOnlyList<EmploymentDto> Employments,
    IReadOnlyList<RatingDto>? Ratings,
    IReadOnlyList<InitiativeDto> Initiatives,
    IReadOnlyList<DisciplineDto>? Disciplines,
    bool PersonalDataVisible,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version)
{
    /// <summary>Leave periods, latest first (personal data: null when masked).</summary>
    public IReadOnlyList<LeaveDto>? Leaves { get; init; } = [];

    /// <summary>Positions held, latest first.</summary>
    public IReadOnlyList<PositionDto> Positions { get; init; } = [];

    /// <summary>The retirement notice or decision (personal data: null when masked or not recorded).</summary>
    public RetirementDto? Retirement { get; init; }

    /// <summary>The same person as someone not entitled to personal data sees it.</summary>
    public PersonDto Masked() => this with
    {
        BirthDate = null,
        CitizenId = MaskCitizenId(CitizenId),
        Ratings = null,
        Disciplines = null,
        Leaves = null,
        Retirement = null,
        PersonalDataVisible = false,
    };

    /// <summary>Keeps the first four and the last three digits: <c>001085012345</c> → <c>0010*****345</c>.</summary>
    public static string? MaskCitizenId(string? citizenId) => citizenId switch
    {
        null => null,
        { Length: <= 7 } => new string('*', citizenId.Length),
        _ => string.Concat(citizenId.AsSpan(0, 4), new string('*', citizenId.Length - 7), citizenId.AsSpan(citizenId.Length - 3)),
    };
}

/// <summary>A person as lists show them.</summary>
public sealed record PersonSummaryDto(Guid Id, string FullName, Gender Gender, UnitReferenceDto CurrentUnit, string Position);
