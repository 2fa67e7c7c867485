using System.Collections;
using FluentValidation;
using FluentValidation.Validators;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Validation;

/// <summary>A validator that bounds a list's length, readable from the validator's descriptor (the OpenAPI document's <c>maxItems</c>).</summary>
public interface IMaxItemsValidator
{
    int MaxItems { get; }
}

/// <summary>Fails when the list has more than <see cref="MaxItems"/> items; a missing list passes (other rules require it).</summary>
public sealed class MaxItemsValidator<T, TCollection>(int maxItems) : PropertyValidator<T, TCollection>, IMaxItemsValidator
    where TCollection : IEnumerable?
{
    public int MaxItems { get; } = maxItems;

    public override string Name => "MaxItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TCollection value)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (value is null)
        {
            return true;
        }

        if (value is ICollection collection)
        {
            return collection.Count <= MaxItems;
        }

        var count = 0;
        foreach (var unused in value)
        {
            if (++count > MaxItems)
            {
                return false;
            }
        }

        return true;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => LocalizedText.IsEnglish(System.Globalization.CultureInfo.CurrentUICulture) ? "The list has too many items." : "Danh sách có quá nhiều phần tử.";
}

public static class MaxItemsRuleExtensions
{
    /// <summary>At most <paramref name="maxItems"/> items (a missing list passes).</summary>
    public static IRuleBuilderOptions<T, TCollection> MaxItems<T, TCollection>(this IRuleBuilder<T, TCollection> rule, int maxItems)
        where TCollection : IEnumerable?
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.SetValidator(new MaxItemsValidator<T, TCollection>(maxItems))
            .WithMessage($"Tối đa {maxItems} phần tử.", $"At most {maxItems} items.");
    }
}
