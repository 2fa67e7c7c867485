using ThiDua.Api.OpenApi;
using ThiDua.Application.EmulationClusters;
using ThiDua.Application.EmulationClusters.AddClusterMember;
using ThiDua.Application.EmulationClusters.DefineClusterTerm;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Api.Endpoints.EmulationClusters;

/// <summary>A cluster (cụm) or block (khối) of units under a managing authority.</summary>
// Create and update both Include ClusterFieldsValidator, and nothing else.
[ValidatedAs(typeof(IClusterFields))]
public sealed record ClusterRequest
{
    /// <example>Cụm thi đua số 2</example>
    public string? Name { get; init; }

    /// <summary>cluster (cụm, by territory) or block (khối, by function).</summary>
    /// <example>cluster</example>
    public ClusterKind? Kind { get; init; }

    /// <summary>The unit that organises the grouping, e.g. the Sở Y tế.</summary>
    public Guid? ManagingAuthorityId { get; init; }

    /// <example>Các bệnh viện tuyến thành phố trực thuộc Sở Y tế Hà Nội</example>
    public string? Description { get; init; }

    /// <summary>Quyết định phân cụm, khối.</summary>
    public DocumentRequest? GroupingDecision { get; init; }
}

/// <summary>A year's term: its current members and, optionally, the election of head and deputy.</summary>
[ValidatedAs(typeof(DefineClusterTermCommand))]
public sealed record DefineClusterTermRequest
{
    /// <summary>Every current member unit of the year. Members who left through a merger or dissolution are kept as history.</summary>
    public IReadOnlyList<Guid>? MemberUnitIds { get; init; }

    /// <summary>The election of head and deputy, with its document. Omit to keep the current ones.</summary>
    public ClusterElectionRequest? Election { get; init; }
}

/// <summary>Head (cụm trưởng) and deputy (cụm phó, if one was elected) for the year, and the document recording it.</summary>
public sealed record ClusterElectionRequest
{
    public Guid? HeadUnitId { get; init; }

    public Guid? DeputyUnitId { get; init; }

    public DocumentRequest? Document { get; init; }
}

/// <summary>A unit joining a year's term.</summary>
[ValidatedAs(typeof(AddClusterMemberCommand))]
public sealed record AddClusterMemberRequest
{
    public Guid? UnitId { get; init; }

    /// <summary>Join date within the year; 1 January when omitted.</summary>
    /// <example>2023-01-01</example>
    public DateOnly? JoinedOn { get; init; }
}
