using FluentValidation.Resources;

namespace ThiDua.Application.Common.Validation;

/// <summary>
/// FluentValidation's built-in messages: its own language packs (<c>en</c>, <c>vi</c>), with the Vietnamese messages
/// this API produces rewritten in the formal style of administrative documents (ADR 0019).
/// </summary>
public sealed class FormalVietnamese : LanguageManager
{
    public FormalVietnamese()
    {
        const string Vi = "vi";
        AddTranslation(Vi, "NotEmptyValidator", "'{PropertyName}' không được để trống.");
        AddTranslation(Vi, "NotNullValidator", "'{PropertyName}' là bắt buộc.");
        AddTranslation(Vi, "EmptyValidator", "'{PropertyName}' phải để trống.");
        AddTranslation(Vi, "NullValidator", "'{PropertyName}' không được có giá trị.");
        AddTranslation(Vi, "MaximumLengthValidator", "'{PropertyName}' có tối đa {MaxLength} ký tự; giá trị đã nhập có {TotalLength} ký tự.");
        AddTranslation(Vi, "MinimumLengthValidator", "'{PropertyName}' có tối thiểu {MinLength} ký tự; giá trị đã nhập có {TotalLength} ký tự.");
        AddTranslation(Vi, "LengthValidator", "'{PropertyName}' có từ {MinLength} đến {MaxLength} ký tự; giá trị đã nhập có {TotalLength} ký tự.");
        AddTranslation(Vi, "ExactLengthValidator", "'{PropertyName}' phải có đúng {MaxLength} ký tự; giá trị đã nhập có {TotalLength} ký tự.");
        AddTranslation(Vi, "GreaterThanValidator", "'{PropertyName}' phải lớn hơn {ComparisonValue}.");
        AddTranslation(Vi, "GreaterThanOrEqualValidator", "'{PropertyName}' phải lớn hơn hoặc bằng {ComparisonValue}.");
        AddTranslation(Vi, "LessThanValidator", "'{PropertyName}' phải nhỏ hơn {ComparisonValue}.");
        AddTranslation(Vi, "LessThanOrEqualValidator", "'{PropertyName}' phải nhỏ hơn hoặc bằng {ComparisonValue}.");
        AddTranslation(Vi, "InclusiveBetweenValidator", "'{PropertyName}' phải nằm trong khoảng từ {From} đến {To}; giá trị đã nhập là {PropertyValue}.");
        AddTranslation(Vi, "ExclusiveBetweenValidator", "'{PropertyName}' phải lớn hơn {From} và nhỏ hơn {To}; giá trị đã nhập là {PropertyValue}.");
        AddTranslation(Vi, "RegularExpressionValidator", "'{PropertyName}' không đúng định dạng.");
        AddTranslation(Vi, "PredicateValidator", "'{PropertyName}' không đáp ứng điều kiện quy định.");
        AddTranslation(Vi, "AsyncPredicateValidator", "'{PropertyName}' không đáp ứng điều kiện quy định.");
        AddTranslation(Vi, "EqualValidator", "'{PropertyName}' phải bằng '{ComparisonValue}'.");
        AddTranslation(Vi, "NotEqualValidator", "'{PropertyName}' không được bằng '{ComparisonValue}'.");
        AddTranslation(Vi, "EmailValidator", "'{PropertyName}' không phải là địa chỉ thư điện tử hợp lệ.");
        AddTranslation(Vi, "EnumValidator", "'{PropertyName}' có giá trị không thuộc danh mục cho phép.");
        AddTranslation(Vi, "PrecisionScaleValidator", "'{PropertyName}' có tối đa {ExpectedPrecision} chữ số, trong đó {ExpectedScale} chữ số thập phân; giá trị đã nhập có {Digits} chữ số và {ActualScale} chữ số thập phân.");
    }
}
