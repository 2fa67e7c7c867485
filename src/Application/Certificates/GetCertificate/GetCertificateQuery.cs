using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Certificates;

namespace ThiDua.Application.Certificates.GetCertificate;

/// <summary>An award's certificate: the current one, and the earlier ones a reissue replaced.</summary>
public sealed record GetCertificateQuery(Guid AwardId) : IQuery<AwardCertificatesDto>;

public sealed class GetCertificateQueryHandler(ICertificateQueries queries, ICertificateLinks links) : IQueryHandler<GetCertificateQuery, AwardCertificatesDto>
{
    public async ValueTask<AwardCertificatesDto> Handle(GetCertificateQuery query, CancellationToken cancellationToken)
    {
        var entry = await CertificateReads.EntryAsync(queries, query.AwardId, cancellationToken);
        var all = entry.Certificates.Select(c => CertificateDto.From(c, entry.AwardRevoked, links)).ToList();
        return new AwardCertificatesDto(all[0], all.Skip(1).ToList());
    }
}

/// <summary>Shared by the certificate reads: the award must exist (<c>award.not_found</c>) and have a certificate (<c>certificate.not_found</c>).</summary>
internal static class CertificateReads
{
    public static async Task<CertificateRegisterEntry> EntryAsync(ICertificateQueries queries, Guid awardId, CancellationToken cancellationToken)
    {
        var entry = await queries.ForAwardAsync(awardId, cancellationToken);
        if (entry is null)
        {
            throw new NotFoundException("Award", awardId);
        }

        if (entry.Certificates.Count == 0)
        {
            throw new NotFoundException(CertificateErrors.NotFound.WithMessage(
                $"Khen thưởng '{awardId}' không có bằng, giấy khen trong sổ: chỉ khen thưởng do quyết định ban hành trên hệ thống được vào sổ (khen thưởng nhập từ lịch sử đã có bằng giấy).",
                $"Award '{awardId}' has no certificate in the register: only awards decided in this system are entered (imported past awards already have their paper certificates)."));
        }

        return entry;
    }
}
