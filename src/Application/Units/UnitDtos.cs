using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units;

/// <summary>A unit as lists show it.</summary>
public sealed record UnitSummaryDto(
    Guid Id,
    string Code,
    string? AgencyCode,
    string Name,
    string? ShortName,
    UnitKind Kind,
    Guid? ParentId,
    string Province,
    UnitStatus Status);

/// <summary>A unit with its reorganisation history.</summary>
public sealed record UnitDetailsDto(
    Guid Id,
    string Code,
    string? AgencyCode,
    string Name,
    string? ShortName,
    UnitKind Kind,
    UnitReferenceDto? Parent,
    string Province,
    UnitStatus Status,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    UnitReferenceDto? Successor,
    IReadOnlyList<UnitReferenceDto> Predecessors,
    IReadOnlyList<LineageEventDto> LineageEvents,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

/// <summary>
/// A unit's details as PostgreSQL keeps them (ADR 0045): the UTF-8 JSON of <see cref="UnitDetailsDto"/>, stored with the
/// unit's version and kept current by the database in the transaction that changes what it shows, so that a read is
/// one row by primary key and the body is answered as stored.
/// </summary>
public sealed record UnitDetailsDocument(Guid Id, uint Version, byte[] Json);

/// <summary>A pointer to another unit, with the code and name it has now.</summary>
public sealed record UnitReferenceDto(Guid Id, string Code, string Name, UnitStatus Status);

/// <summary>One reorganisation step of a unit.</summary>
public sealed record LineageEventDto(
    Guid Id,
    LineageEventType Type,
    DateOnly EffectiveOn,
    DocumentDto LegalBasis,
    string? PreviousName,
    string? NewName,
    Guid? PreviousParentId,
    Guid? NewParentId,
    Guid? SuccessorId,
    string? Note,
    DateTimeOffset RecordedAt);
