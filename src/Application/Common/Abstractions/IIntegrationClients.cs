namespace ThiDua.Application.Common.Abstractions;

/// <summary>
/// The integration clients (role <c>integration</c>, e.g. a Sở's document-management software) configured for this
/// deployment, each with the managing authority it works for. A client's token need not carry <c>unit_id</c>: the
/// authority comes from this configuration, by the token's subject (ADR 0017).
/// </summary>
public interface IIntegrationClients
{
    /// <summary>The code of the unit whose authority the client <paramref name="subject"/> works under, or null.</summary>
    string? AuthorityUnitCodeOf(string subject);
}
