using ThiDua.Api.OpenApi;
using ThiDua.Application.CampaignRegistrations;
using ThiDua.Application.CampaignRegistrations.RejectRegistration;
using ThiDua.Application.CampaignRegistrations.SubmitRegistration;

namespace ThiDua.Api.Endpoints.CampaignRegistrations;

/// <summary>A unit's registration: target collective titles, emulation models and its people's target titles.</summary>
[ValidatedAs(typeof(RegistrationInput))]
[ValidatedAs(typeof(SubmitRegistrationCommand))]
public sealed record RegistrationRequest
{
    /// <summary>Award-type codes of the unit's target titles (collective), e.g. <c>CO_THI_DUA_TINH</c>, <c>CO_THI_DUA_CP</c>.</summary>
    /// <example>["CO_THI_DUA_TINH", "CO_THI_DUA_CP"]</example>
    public IReadOnlyList<string>? TargetTitles { get; init; }

    /// <summary>Emulation models (mô hình thi đua): name, description, expected results.</summary>
    public IReadOnlyList<EmulationModelInput>? Models { get; init; }

    /// <summary>People of the unit and their target individual titles, e.g. <c>CSTDCS</c>.</summary>
    public IReadOnlyList<IndividualTargetInput>? IndividualTargets { get; init; }

    /// <summary>Historical record mode: the registration's real date and the document it is entered from.</summary>
    public HistoricalRequest? Historical { get; init; }

    public RegistrationInput ToInput() => new(TargetTitles, Models, IndividualTargets);
}

/// <summary>Why a registration is rejected.</summary>
[ValidatedAs(typeof(RejectRegistrationCommand))]
public sealed record RejectRegistrationRequest
{
    /// <example>Chưa nêu mô hình thi đua cụ thể</example>
    public string? Reason { get; init; }

    /// <summary>Historical record mode: the rejection's real date and the document it is entered from.</summary>
    public HistoricalRequest? Historical { get; init; }
}
