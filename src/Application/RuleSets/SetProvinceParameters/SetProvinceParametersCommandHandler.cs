using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.RuleSets.ListProvinceParameters;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.SetProvinceParameters;

/// <summary>Parameters apply to every unit of the province, so only an administrator records them.</summary>
public sealed class SetProvinceParametersCommandHandler(IProvinceParametersRepository parameters, IReadAfterWrite written, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetProvinceParametersCommand, ProvinceParametersDto>
{
    public async ValueTask<ProvinceParametersDto> Handle(SetProvinceParametersCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed.WithMessage("Chỉ quản trị viên mới được thiết lập tham số quy tắc của tỉnh, thành phố.", "Only an administrator sets a province's rule parameters."));
        }

        var version = ProvinceParameters.Create(command.Province, command.EffectiveFrom, command.LegalBasis.ToReference(), command.Values, clock.GetUtcNow());
        parameters.Add(version);
        return await written.ReadAsync(
            async ct => ProvinceParametersDto.Of(await parameters.ForProvinceAsync(command.Province, ct)).SingleOrDefault(v => v.Id == version.Id.Value),
            cancellationToken);
    }
}
