using Mediator;
using ThiDua.Application.Certificates.GetCertificate;
using ThiDua.Domain.Certificates;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Certificates.GetCertificatePdf;

/// <summary>The award's current certificate as a PDF, in full or for a pre-printed blank.</summary>
public sealed record GetCertificatePdfQuery(Guid AwardId, bool OnPreprintedBlank) : IQuery<CertificatePdf>;

/// <summary>A rendered certificate and the file name to offer.</summary>
public sealed record CertificatePdf(byte[] Content, string FileName);

public sealed class GetCertificatePdfQueryHandler(ICertificateQueries queries, ICertificateRenderer renderer, ICertificateLinks links)
    : IQueryHandler<GetCertificatePdfQuery, CertificatePdf>
{
    public async ValueTask<CertificatePdf> Handle(GetCertificatePdfQuery query, CancellationToken cancellationToken)
    {
        var entry = await CertificateReads.EntryAsync(queries, query.AwardId, cancellationToken);
        if (entry.AwardRevoked)
        {
            throw new DomainRuleViolationException(CertificateErrors.AwardRevoked);
        }

        var current = entry.Certificates[0];
        var pdf = renderer.Render(current, links.VerificationUrl(current.VerificationToken), query.OnPreprintedBlank);
        return new CertificatePdf(pdf, $"certificate-{current.Year}-{current.GoldBookNumber}-{current.CertificateNumber}.pdf");
    }
}
