using Mediator;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ThiDua.Api.ErrorHandling;
using ThiDua.Api.Http;
using ThiDua.Api.Security;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Paging;
using ThiDua.Application.Common.Security;
using ThiDua.Application.EmulationClusters;
using ThiDua.Application.EmulationClusters.AddClusterMember;
using ThiDua.Application.EmulationClusters.CreateCluster;
using ThiDua.Application.EmulationClusters.DefineClusterTerm;
using ThiDua.Application.EmulationClusters.GetClusterById;
using ThiDua.Application.EmulationClusters.GetClusterTerm;
using ThiDua.Application.EmulationClusters.ListClusters;
using ThiDua.Application.EmulationClusters.RemoveClusterMember;
using ThiDua.Application.EmulationClusters.UpdateCluster;
using ThiDua.Domain.EmulationClusters;

namespace ThiDua.Api.Endpoints.EmulationClusters;

/// <summary>Emulation clusters and blocks (cụm / khối thi đua) and their yearly terms.</summary>
public sealed class ClusterEndpoints : IEndpointGroup
{
    public static string Resource => "clusters";

    public static string Tag => "Clusters";

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("", ListClusters)
            .WithName(nameof(ListClusters))
            .WithSummary("List and search clusters and blocks")
            .WithDescription("Ordered by name; keyset pagination (`limit`, `cursor`). Filters: `kind`, `managingAuthorityId`, `memberUnitId`, `year`; `q` ignores case and diacritics.")
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.Read);

        group.MapPost("", CreateCluster)
            .WithName(nameof(CreateCluster))
            .Errors(ClusterErrors.NameTaken, ClusterErrors.ManagingAuthorityNotFound, ClusterErrors.ManagingAuthorityNotActive, AccessGuard.OutsideAuthority)
            .WithSummary("Create a cluster or block")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{clusterId:guid}", GetCluster)
            .WithName(nameof(GetCluster))
            .Errors(NotFoundErrors.Cluster)
            .WithSummary("Get a cluster with the years of its terms")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{clusterId:guid}", UpdateCluster)
            .WithName(nameof(UpdateCluster))
            .Errors(NotFoundErrors.Cluster, ClusterErrors.StructureLocked, ClusterErrors.NameTaken, ClusterErrors.ManagingAuthorityNotFound, ClusterErrors.ManagingAuthorityNotActive, AccessGuard.OutsideAuthority)
            .WithSummary("Update a cluster")
            .WithDescription("Kind and managing authority are locked once a term exists (`cluster.structure_locked`, 409). Honours `If-Match` (412).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapGet("{clusterId:guid}/terms/{year:int}", GetClusterTerm)
            .WithName(nameof(GetClusterTerm))
            .Errors(NotFoundErrors.Cluster, NotFoundErrors.ClusterTerm)
            .WithSummary("A year's members, head and deputy")
            .WithDescription("A post whose unit was merged or dissolved shows `vacant: true` and `vacantSince` until a new election is recorded. The ETag is the cluster's.")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.Read);

        group.MapPut("{clusterId:guid}/terms/{year:int}", DefineClusterTerm)
            .WithName(nameof(DefineClusterTerm))
            .Errors(NotFoundErrors.Cluster, ClusterErrors.HeadAndDeputySame, ClusterErrors.PostHolderNotCurrentMember, ClusterErrors.MemberUnitNotActive, ClusterErrors.MemberUnitNotFound, ClusterErrors.UnitInOtherGrouping, ClusterErrors.MemberHoldsPost, ClusterErrors.MemberOutsideAuthority, ClusterErrors.CovenantAlreadyOpen, AccessGuard.OutsideAuthority)
            .WithSummary("Record a year's term: members and the election of head and deputy")
            .WithDescription("201 when the term is created, 200 when updated.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapPost("{clusterId:guid}/terms/{year:int}/members", AddClusterMember)
            .WithName(nameof(AddClusterMember))
            .Errors(NotFoundErrors.Cluster, ClusterErrors.AlreadyMember, ClusterErrors.UnitInOtherGrouping, ClusterErrors.MemberUnitNotActive, ClusterErrors.JoinDateOutsideYear, NotFoundErrors.ClusterTerm, ClusterErrors.MemberOutsideAuthority, ClusterErrors.CovenantAlreadyOpen, AccessGuard.OutsideAuthority)
            .WithSummary("Add a member unit to a year's term")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Write);

        group.MapDelete("{clusterId:guid}/terms/{year:int}/members/{unitId:guid}", RemoveClusterMember)
            .WithName(nameof(RemoveClusterMember))
            .Errors(NotFoundErrors.Cluster, ClusterErrors.MemberHoldsPost.Because("record a new election first"), ClusterErrors.MemberLeftByReorganisation, NotFoundErrors.ClusterMember, AccessGuard.OutsideAuthority)
            .WithSummary("Remove a member unit from a year's term")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .RequireAuthorization(Policies.Write);
    }

    public static async Task<Ok<Page<ClusterSummaryDto>>> ListClusters(
        ISender sender,
        CancellationToken cancellationToken,
        string? q = null,
        [QueryEnum<ClusterKind>] string? kind = null,
        Guid? managingAuthorityId = null,
        Guid? memberUnitId = null,
        int? year = null,
        int limit = PageRequest.DefaultLimit,
        string? cursor = null)
    {
        var query = new ListClustersQuery(
            q, QueryEnum.Parse<ClusterKind>(kind, nameof(kind)), managingAuthorityId, memberUnitId, year, new PageRequest(limit, cursor));
        return TypedResults.Ok(await sender.Send(query, cancellationToken));
    }

    public static async Task<Created<ClusterDetailsDto>> CreateCluster(ClusterRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cluster = await sender.Send(
            new CreateClusterCommand(
                request.Name ?? string.Empty,
                request.Kind ?? default,
                request.ManagingAuthorityId ?? Guid.Empty,
                request.Description,
                request.GroupingDecision?.ToInput()),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, cluster.Version);
        return TypedResults.Created($"/api/v1/clusters/{cluster.Id}", cluster);
    }

    public static async Task<ContentTagged<ClusterDetailsDto>> GetCluster(Guid clusterId, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var cluster = await sender.Send(new GetClusterByIdQuery(clusterId), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(cluster.Version, cluster, json.Value.SerializerOptions);
    }

    public static async Task<Ok<ClusterDetailsDto>> UpdateCluster(Guid clusterId, ClusterRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cluster = await sender.Send(
            new UpdateClusterCommand(
                clusterId,
                request.Name ?? string.Empty,
                request.Kind ?? default,
                request.ManagingAuthorityId ?? Guid.Empty,
                request.Description,
                request.GroupingDecision?.ToInput(),
                ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, cluster.Version);
        return TypedResults.Ok(cluster);
    }

    public static async Task<ContentTagged<ClusterTermDto>> GetClusterTerm(
        Guid clusterId, int year, ISender sender, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var term = await sender.Send(new GetClusterTermQuery(clusterId, year), cancellationToken);
        return ETags.OkOrNotModifiedByVersionAndContent(term.Version, term, json.Value.SerializerOptions);
    }

    public static async Task<Results<Created<ClusterTermDto>, Ok<ClusterTermDto>>> DefineClusterTerm(
        Guid clusterId, int year, DefineClusterTermRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var election = request.Election is { } e
            ? new ClusterElectionInput(e.HeadUnitId ?? Guid.Empty, e.DeputyUnitId, e.Document?.ToInput()!)
            : null;
        var (term, created) = await sender.Send(
            new DefineClusterTermCommand(clusterId, year, request.MemberUnitIds, election, ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, term.Version);
        return created
            ? TypedResults.Created($"/api/v1/clusters/{clusterId}/terms/{year}", term)
            : TypedResults.Ok(term);
    }

    public static async Task<Created<ClusterTermDto>> AddClusterMember(
        Guid clusterId, int year, AddClusterMemberRequest request, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var term = await sender.Send(
            new AddClusterMemberCommand(clusterId, year, request.UnitId ?? Guid.Empty, request.JoinedOn, ETags.ExpectedVersion(context.Request)),
            cancellationToken);
        ETags.TagAnswerWithVersion(context, term.Version);
        return TypedResults.Created($"/api/v1/clusters/{clusterId}/terms/{year}", term);
    }

    public static async Task<NoContent> RemoveClusterMember(
        Guid clusterId, int year, Guid unitId, HttpContext context, ISender sender, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveClusterMemberCommand(clusterId, year, unitId, ETags.ExpectedVersion(context.Request)), cancellationToken);
        return TypedResults.NoContent();
    }
}
