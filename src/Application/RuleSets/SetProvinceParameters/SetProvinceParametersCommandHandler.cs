using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.SetProvinceParameters;

/// <summary>Parameters apply to every unit of the province, so only an administrator records them.</summary>
public sealed class SetProvinceParametersCommandHandler(IProvinceParametersRepository parameters, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetProvinceParametersCommand, Guid>
{
    public ValueTask<Guid> Handle(SetProvinceParametersCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed, "Only an administrator sets a province's rule parameters.");
        }

        var version = ProvinceParameters.Create(command.Province, command.EffectiveFrom, command.LegalBasis.ToReference(), command.Values, clock.GetUtcNow());
        parameters.Add(version);
        return ValueTask.FromResult(version.Id.Value);
    }
}
