using Mediator;
using ThiDua.Application.AwardTypes.ListProvincialAwardTypes;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Application.AwardTypes.CreateProvincialAwardType;

/// <summary>A province's award type applies to every unit of the province, so only an administrator creates one.</summary>
public sealed class CreateProvincialAwardTypeCommandHandler(IProvincialAwardTypeRepository types, IReadAfterWrite written, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateProvincialAwardTypeCommand, ProvincialAwardTypeDto>
{
    public async ValueTask<ProvincialAwardTypeDto> Handle(CreateProvincialAwardTypeCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed.WithMessage("Chỉ quản trị viên mới được tạo loại hình khen thưởng riêng của tỉnh, thành phố.", "Only an administrator creates a province's award type."));
        }

        var c = command;
        var type = ProvincialAwardType.Create(
            new ProvincialAwardTypeDefinition(
                c.Code, c.Name, c.RecipientKind, c.Category, c.Level, c.ConferringAuthority, c.Province, c.EffectiveFrom, c.EffectiveTo,
                c.LegalBasis.ToReference(), c.Article, c.BonusCoefficient, c.BonusBasis, c.VoteShare, c.VoteOfAllMembers, c.VoteBasis),
            clock.GetUtcNow());
        if (await types.FindByCodeAsync(type.Code, cancellationToken) is not null)
        {
            throw new DomainRuleViolationException(ProvincialAwardTypeErrors.CodeExists);
        }

        types.Add(type);
        return await written.ReadAsync(
            async ct => (await types.ForProvinceAsync(command.Province, ct)).Where(t => t.Code == type.Code).Select(ProvincialAwardTypeDto.Of).SingleOrDefault(),
            cancellationToken);
    }
}
