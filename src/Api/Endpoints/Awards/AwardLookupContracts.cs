using ThiDua.Api.OpenApi;
using ThiDua.Application.Awards.LookUpAwards;
using ThiDua.Application.Common.Paging;
using ThiDua.Domain.AwardTypes;

namespace ThiDua.Api.Endpoints.Awards;

/// <summary>
/// The award lookup's filters in a body, where personal data (citizen id, birth date) may travel without landing in
/// URLs, access logs or browser history. Every filter given must hold. <c>citizenId</c>, <c>civilServantCode</c>,
/// <c>fullName</c> and <c>birthDate</c> find individual awards only; <c>birthDate</c> goes with <c>fullName</c>.
/// </summary>
[ValidatedAs(typeof(AwardLookupFilter))]
[ValidatedAs(typeof(PageRequest))]
public sealed record AwardLookupRequest
{
    /// <summary>Số căn cước công dân (CCCD), 12 digits; matched only among people whose personal data the caller may read.</summary>
    /// <example>001185012345</example>
    public string? CitizenId { get; init; }

    /// <summary>Mã số cán bộ, công chức, viên chức; exact, any letter case.</summary>
    /// <example>V.08.01.03-0123</example>
    public string? CivilServantCode { get; init; }

    /// <summary>Part of the person's full name, ignoring case and diacritics.</summary>
    /// <example>Nguyễn Thị Lan</example>
    public string? FullName { get; init; }

    /// <summary>Date of birth, with <c>fullName</c>; matched only among people whose personal data the caller may read.</summary>
    /// <example>1985-04-12</example>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Award type code, any letter case.</summary>
    /// <example>CSTDCS</example>
    public string? AwardType { get; init; }

    /// <summary>Year of the achievement.</summary>
    /// <example>2024</example>
    public int? Year { get; init; }

    /// <summary>The award's unit (a collective, or the person's unit on the decision date), including every unit merged into it.</summary>
    public Guid? UnitId { get; init; }

    /// <summary>The decision's number and symbol, whole, ignoring case and diacritics.</summary>
    /// <example>23/QĐ-SYT</example>
    public string? Decision { get; init; }

    /// <summary><c>individual</c> or <c>collective</c> awards only.</summary>
    public RecipientKind? RecipientKind { get; init; }

    /// <summary>Page size, 1–200 (default 50).</summary>
    public int? Limit { get; init; }

    /// <summary>The <c>nextCursor</c> of the previous page.</summary>
    public string? Cursor { get; init; }

    public AwardLookupFilter ToFilter() =>
        new(CitizenId, CivilServantCode, FullName, BirthDate, AwardType, Year, UnitId, Decision, RecipientKind);

    public PageRequest ToPage() => new(Limit ?? PageRequest.DefaultLimit, Cursor);
}

/// <summary>The award lookup's filters for a spreadsheet export, in a body (see <see cref="AwardLookupRequest"/>); no paging.</summary>
[ValidatedAs(typeof(AwardLookupFilter))]
public sealed record AwardExportRequest
{
    /// <summary>Số căn cước công dân (CCCD), 12 digits; matched only among people whose personal data the caller may read.</summary>
    /// <example>001185012345</example>
    public string? CitizenId { get; init; }

    /// <summary>Mã số cán bộ, công chức, viên chức; exact, any letter case.</summary>
    /// <example>V.08.01.03-0123</example>
    public string? CivilServantCode { get; init; }

    /// <summary>Part of the person's full name, ignoring case and diacritics.</summary>
    /// <example>Nguyễn Thị Lan</example>
    public string? FullName { get; init; }

    /// <summary>Date of birth, with <c>fullName</c>.</summary>
    /// <example>1985-04-12</example>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Award type code, any letter case.</summary>
    /// <example>CSTDCS</example>
    public string? AwardType { get; init; }

    /// <summary>Year of the achievement.</summary>
    /// <example>2024</example>
    public int? Year { get; init; }

    /// <summary>The award's unit, including every unit merged into it.</summary>
    public Guid? UnitId { get; init; }

    /// <summary>The decision's number and symbol, whole, ignoring case and diacritics.</summary>
    /// <example>23/QĐ-SYT</example>
    public string? Decision { get; init; }

    /// <summary><c>individual</c> or <c>collective</c> awards only.</summary>
    public RecipientKind? RecipientKind { get; init; }

    public AwardLookupFilter ToFilter() =>
        new(CitizenId, CivilServantCode, FullName, BirthDate, AwardType, Year, UnitId, Decision, RecipientKind);
}
