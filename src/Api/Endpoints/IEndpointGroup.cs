using Asp.Versioning;
using Asp.Versioning.Builder;

namespace ThiDua.Api.Endpoints;

/// <summary>One resource's endpoints, mapped under <c>/api/v1/{Resource}</c> (<see cref="Http.ApiPathVersionReader"/>).</summary>
public interface IEndpointGroup
{
    static abstract string Resource { get; }

    static abstract string Tag { get; }

    static abstract void Map(RouteGroupBuilder group);
}

public static class EndpointGroupExtensions
{
    public static WebApplication MapEndpointGroup<TGroup>(this WebApplication app, ApiVersionSet versions)
        where TGroup : IEndpointGroup
    {
        ArgumentNullException.ThrowIfNull(app);
        var group = app.MapGroup($"{Http.ApiPathVersionReader.V1}/{TGroup.Resource}")
            .WithApiVersionSet(versions)
            .HasApiVersion(new ApiVersion(1, 0))
            .WithTags(TGroup.Tag)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .AddEndpointFilterFactory(Http.VersionTaggedAnswers.Factory);
        TGroup.Map(group);
        return app;
    }
}
