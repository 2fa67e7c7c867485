using FluentValidation;
using Mediator;
using ThiDua.Application.Common.Abstractions;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Application.Common.Security;
using ThiDua.Domain.Awards;
using ThiDua.Domain.Certificates;
using ThiDua.Domain.Nominations;

namespace ThiDua.Application.Certificates.ReissueCertificate;

/// <summary>
/// Reissues (cấp lại) the award's certificate, lost or damaged, with the reason: a new certificate number from the
/// issuer's register of the decision's year, the same gold-book number, marked as a reissue (Circular 20/2025/TT-BNV,
/// form 2.4). Answers the award's certificates, the reissue first.
/// </summary>
public sealed record ReissueCertificateCommand(Guid AwardId, string Reason) : ICommand<AwardCertificatesDto>;

public sealed class ReissueCertificateCommandValidator : AbstractValidator<ReissueCertificateCommand>
{
    public ReissueCertificateCommandValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Certificate.ReasonMaxLength);
    }
}

/// <summary>
/// The authority that decided the award reissues its certificate, as it revokes it: an admin or a council strictly above
/// the dossier's proposing unit (<c>auth.outside_authority</c>).
/// </summary>
public sealed class ReissueCertificateCommandHandler(
    ICertificateRepository certificates,
    IAwardRecordRepository awards,
    INominationRepository nominations,
    ICertificateRegister register,
    ICertificateQueries queries,
    ICertificateLinks links,
    AccessGuard access,
    IReadAfterWrite written,
    TimeProvider clock) : ICommandHandler<ReissueCertificateCommand, AwardCertificatesDto>
{
    public async ValueTask<AwardCertificatesDto> Handle(ReissueCertificateCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var awardId = new AwardRecordId(command.AwardId);
        var award = await awards.GetByIdAsync(awardId, cancellationToken) ?? throw new NotFoundException("Award", command.AwardId);
        var current = await certificates.GetCurrentAsync(awardId, cancellationToken)
            ?? throw new NotFoundException(CertificateErrors.NotFound);
        var proposingUnit = await nominations.ProposingUnitOfAwardAsync(awardId, cancellationToken)
            ?? throw new NotFoundException(CertificateErrors.NotFound);
        await access.EnsureCanJudgeAsync(proposingUnit, cancellationToken);
        if (award.IsRevoked)
        {
            throw new Domain.Common.DomainRuleViolationException(CertificateErrors.AwardRevoked);
        }

        var numbers = await register.NextAsync(current.IssuerKey, current.Year, 0, 1, cancellationToken);
        var reissue = current.Reissue(command.Reason, numbers.FirstCertificateNumber, award.IsRevoked, clock.GetUtcNow());
        certificates.Add(reissue);
        return await written.ReadAsync(
            async ct =>
            {
                var entry = await queries.ForAwardAsync(command.AwardId, ct);
                if (entry is null || entry.Certificates.Count == 0)
                {
                    return null;
                }

                var all = entry.Certificates.Select(c => CertificateDto.From(c, entry.AwardRevoked, links)).ToList();
                return new AwardCertificatesDto(all[0], all.Skip(1).ToList());
            },
            cancellationToken);
    }
}
