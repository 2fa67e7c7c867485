using Riok.Mapperly.Abstractions;
using ThiDua.Application.Common.Documents;
using ThiDua.Domain.Common;
using ThiDua.Domain.Units;

namespace ThiDua.Application.Units;

/// <summary>Mapperly mappings of the unit read models; the projection runs in SQL.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UnitMappings
{
    public static partial IQueryable<UnitSummaryDto> ProjectToSummary(this IQueryable<OrganisationUnit> query);

    public static partial UnitSummaryDto ToSummary(this OrganisationUnit unit);

    public static partial LineageEventDto ToDto(this UnitLineageEvent lineageEvent);

    public static UnitReferenceDto ToReference(this OrganisationUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new UnitReferenceDto(unit.Id.Value, unit.Code, unit.Name, unit.Status);
    }

    private static Guid MapId(UnitId id) => id.Value;

    private static DocumentDto MapDocument(DocumentReference reference) => DocumentDto.From(reference)!;
}
