using ThiDua.Application.Common.Abstractions;

namespace ThiDua.Api.Security;

/// <summary>
/// Integration clients from configuration: <c>Integration:Clients:{subject}</c> = the code of the unit whose managing
/// authority the client works under (e.g. <c>"eoffice-hanam": "SYT-HNAM"</c>).
/// </summary>
internal sealed class ConfiguredIntegrationClients(IConfiguration configuration) : IIntegrationClients
{
    public const string Section = "Integration:Clients";

    public string? AuthorityUnitCodeOf(string subject)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        var code = configuration.GetSection(Section)[subject];
        return string.IsNullOrWhiteSpace(code) ? null : code;
    }
}
