using ThiDua.Domain.Common;

namespace ThiDua.Domain.AwardTypes;

/// <summary>Stable error codes of provinces' own award types.</summary>
public static class ProvincialAwardTypeErrors
{
    public static readonly DomainError OtherProvince =
        DomainError.Rule("award_type.other_province", "The award type is another province's own; it is conferred on units of that province only.");

    public static readonly DomainError NotInForce =
        DomainError.Rule("award_type.not_in_force", "The province's award type does not apply on that date.");

    public static readonly DomainError NationalCode =
        DomainError.Rule("award_type.national_code", "The code is a national award type's.");

    public static readonly DomainError EndsBeforeStart =
        DomainError.Rule("award_type.ends_before_start", "An award type cannot stop applying before it starts.");

    public static readonly DomainError NegativeBonus =
        DomainError.Rule("award_type.negative_bonus", "A bonus coefficient is zero or more.");

    public static readonly DomainError CodeExists =
        DomainError.Conflict("award_type.code_exists", "An award type with that code exists.");
}
