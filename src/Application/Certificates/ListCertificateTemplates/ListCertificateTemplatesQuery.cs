using Mediator;

namespace ThiDua.Application.Certificates.ListCertificateTemplates;

/// <summary>The certificate layout templates, as data.</summary>
public sealed record ListCertificateTemplatesQuery : IQuery<IReadOnlyList<CertificateTemplateDto>>;

public sealed class ListCertificateTemplatesQueryHandler(ICertificateRenderer renderer) : IQueryHandler<ListCertificateTemplatesQuery, IReadOnlyList<CertificateTemplateDto>>
{
    public ValueTask<IReadOnlyList<CertificateTemplateDto>> Handle(ListCertificateTemplatesQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(renderer.Templates);
}
