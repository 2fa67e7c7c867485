using ThiDua.Api.OpenApi;
using ThiDua.Application.Units.CreateUnit;
using ThiDua.Application.Units.RecordLineageEvent;
using ThiDua.Application.Units.UpdateUnit;
using ThiDua.Domain.Units;

namespace ThiDua.Api.Endpoints.Units;

/// <summary>A new organisation unit.</summary>
[ValidatedAs(typeof(CreateUnitCommand))]
public sealed record CreateUnitRequest
{
    /// <summary>Unique code (letters, digits, '.', '_', '-'); stored upper-case.</summary>
    /// <example>BV-PSHN</example>
    public string? Code { get; init; }

    /// <example>Bệnh viện Phụ Sản Hà Nội</example>
    public string? Name { get; init; }

    /// <example>BV Phụ Sản</example>
    public string? ShortName { get; init; }

    /// <summary>
    /// Mã định danh điện tử (Decision 20/2020/QĐ-TTg), optional and unique: four groups such as <c>000.00.00.H56</c>.
    /// </summary>
    public string? AgencyCode { get; init; }

    /// <summary>department, hospital, centre, sub-department, college or other.</summary>
    /// <example>hospital</example>
    public UnitKind? Kind { get; init; }

    /// <summary>The parent unit (đơn vị chủ quản). Only administrators create top-level units.</summary>
    public Guid? ParentId { get; init; }

    /// <example>Hà Nội</example>
    public string? Province { get; init; }

    /// <summary>Date from which the unit exists; today when omitted.</summary>
    /// <example>1990-01-01</example>
    public DateOnly? ValidFrom { get; init; }
}

/// <summary>Corrections to a unit's descriptive data. Renaming, moving, merging and dissolving are lineage events.</summary>
[ValidatedAs(typeof(UpdateUnitCommand))]
public sealed record UpdateUnitRequest
{
    /// <example>Bệnh viện Phụ Sản Hà Nội</example>
    public string? Name { get; init; }

    /// <example>BV Phụ Sản</example>
    public string? ShortName { get; init; }

    /// <example>hospital</example>
    public UnitKind? Kind { get; init; }

    /// <example>Hà Nội</example>
    public string? Province { get; init; }

    /// <summary>
    /// Mã định danh điện tử (Decision 20/2020/QĐ-TTg), e.g. <c>000.00.00.H56</c>: omitted or null keeps the current
    /// code, an empty string removes it. Only the managing authority changes it.
    /// </summary>
    public string? AgencyCode { get; init; }
}

/// <summary>A reorganisation step: merge, rename, transfer or dissolve.</summary>
[ValidatedAs(typeof(RecordLineageEventCommand))]
public sealed record RecordLineageEventRequest
{
    /// <summary>merge (needs successorId), rename (needs newName), transfer (needs newParentId) or dissolve.</summary>
    /// <example>merge</example>
    public LineageEventType? Type { get; init; }

    /// <summary>Date from which the change takes effect.</summary>
    /// <example>2025-07-01</example>
    public DateOnly? EffectiveOn { get; init; }

    /// <summary>The decision ordering the change.</summary>
    public DocumentRequest? LegalBasis { get; init; }

    /// <example>Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình</example>
    public string? NewName { get; init; }

    public string? NewShortName { get; init; }

    public Guid? NewParentId { get; init; }

    public Guid? SuccessorId { get; init; }

    /// <example>Sáp nhập theo Nghị quyết 202/2025/QH15</example>
    public string? Note { get; init; }
}
