using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Application.RuleSets.ListProvinceRules;
using ThiDua.Domain.RuleSets;

namespace ThiDua.Application.RuleSets.SetProvinceRule;

/// <summary>
/// Rule parameters apply to every unit of the province, so only an administrator records them. Superseded by
/// <c>SetProvinceParameters</c>: this records a version that sets the TTLĐTT share alone (ADR 0016).
/// </summary>
public sealed class SetProvinceRuleCommandHandler(IProvinceParametersRepository rules, IReadAfterWrite written, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetProvinceRuleCommand, ProvinceRuleDto>
{
    public async ValueTask<ProvinceRuleDto> Handle(SetProvinceRuleCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed.WithMessage("Chỉ quản trị viên mới được thiết lập tham số quy tắc của tỉnh, thành phố.", "Only an administrator sets a province's rule parameters."));
        }

        var rule = ProvinceParameters.Create(
            command.Province,
            command.EffectiveFrom,
            command.LegalBasis.ToReference(),
            new ProvinceParameterValues(new MemberShareParameter(command.AdvancedCollectiveMemberShare, command.Inclusive, command.Article), null, null, null, null),
            clock.GetUtcNow());
        rules.Add(rule);
        return await written.ReadAsync(
            async ct => (await rules.ForProvinceAsync(command.Province, ct)).Where(r => r.Id == rule.Id).Select(ProvinceRuleDto.Of).SingleOrDefault(),
            cancellationToken);
    }
}
