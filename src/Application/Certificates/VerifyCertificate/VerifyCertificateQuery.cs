using Mediator;
using ThiDua.Application.Common.Exceptions;
using ThiDua.Domain.Certificates;

namespace ThiDua.Application.Certificates.VerifyCertificate;

/// <summary>The public check of a certificate's QR code: name, award, decision and status, nothing else.</summary>
public sealed record VerifyCertificateQuery(string Token) : IQuery<CertificateVerificationDto>;

public sealed class VerifyCertificateQueryHandler(ICertificateQueries queries) : IQueryHandler<VerifyCertificateQuery, CertificateVerificationDto>
{
    public async ValueTask<CertificateVerificationDto> Handle(VerifyCertificateQuery query, CancellationToken cancellationToken)
    {
        // A malformed token is answered exactly like an unknown one: the answer says nothing about the token space.
        var found = IsWellFormed(query.Token) ? await queries.ByTokenAsync(query.Token, cancellationToken) : null;
        if (found is not { } hit)
        {
            throw new NotFoundException(CertificateErrors.NotFound.WithMessage(
                "Không tìm thấy bằng, giấy khen theo mã xác thực này.", "No certificate has this verification code."));
        }

        var content = hit.Certificate.Content;
        return new CertificateVerificationDto(content.RecipientName, hit.AwardName, content.DecisionNumber, content.DecisionDate, hit.Certificate.StatusWith(hit.AwardRevoked));
    }

    private static bool IsWellFormed(string? token) =>
        token is { Length: Certificate.TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
