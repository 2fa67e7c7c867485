using ThiDua.Domain.Common;

namespace ThiDua.Domain.AwardTypes;

/// <summary>Stable error codes of provinces' own award types.</summary>
public static class ProvincialAwardTypeErrors
{
    public static readonly DomainError OtherProvince =
        DomainError.Rule("award_type.other_province", "Loại hình khen thưởng này là loại riêng của tỉnh, thành phố khác; chỉ được xét tặng cho đơn vị thuộc tỉnh, thành phố đó.", "The award type is another province's own; it is conferred on units of that province only.");

    public static readonly DomainError NotInForce =
        DomainError.Rule("award_type.not_in_force", "Loại hình khen thưởng của tỉnh, thành phố không được áp dụng vào ngày đó.", "The province's award type does not apply on that date.");

    public static readonly DomainError NationalCode =
        DomainError.Rule("award_type.national_code", "Mã này là mã của một loại hình khen thưởng cấp quốc gia.", "The code is a national award type's.");

    public static readonly DomainError EndsBeforeStart =
        DomainError.Rule("award_type.ends_before_start", "Loại hình khen thưởng không thể hết hiệu lực trước ngày bắt đầu áp dụng.", "An award type cannot stop applying before it starts.");

    public static readonly DomainError NegativeBonus =
        DomainError.Rule("award_type.negative_bonus", "Hệ số tiền thưởng phải lớn hơn hoặc bằng 0.", "A bonus coefficient is zero or more.");

    public static readonly DomainError CodeExists =
        DomainError.Conflict("award_type.code_exists", "Đã có loại hình khen thưởng với mã này.", "An award type with that code exists.");
}
