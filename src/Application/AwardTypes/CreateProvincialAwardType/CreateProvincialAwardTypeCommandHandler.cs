using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.AwardTypes;
using ThiDua.Domain.Common;

namespace ThiDua.Application.AwardTypes.CreateProvincialAwardType;

/// <summary>A province's award type applies to every unit of the province, so only an administrator creates one.</summary>
public sealed class CreateProvincialAwardTypeCommandHandler(IProvincialAwardTypeRepository types, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateProvincialAwardTypeCommand, string>
{
    public async ValueTask<string> Handle(CreateProvincialAwardTypeCommand command, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException(AccessGuard.RoleNotAllowed, "Only an administrator creates a province's award type.");
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
        return type.Code;
    }
}
