namespace ThiDua.Domain.CampaignRegistrations;

/// <summary>
/// An emulation model (mô hình thi đua) a unit commits to: a named practice with the results it expects. The law gives
/// no definition (domain.md §3), so it is free-form.
/// </summary>
public sealed record EmulationModel(string Name, string? Description, string? ExpectedResults);

/// <summary>A person of the unit and the individual title they aim for (e.g. Chiến sĩ thi đua cơ sở).</summary>
public sealed record IndividualTarget(string FullName, string? Position, string TargetTitle);

/// <summary>What a unit registers: its target collective titles, its emulation models and its people's target titles.</summary>
public sealed record RegistrationContent(
    IReadOnlyList<string> TargetTitles,
    IReadOnlyList<EmulationModel> Models,
    IReadOnlyList<IndividualTarget> IndividualTargets)
{
    public const int NameMaxLength = 300;
    public const int TextMaxLength = 4000;
    public const int MaxItems = 500;
}
