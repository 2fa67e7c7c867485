using System.Globalization;
using System.Reflection;
using FluentValidation;
using FluentValidation.Validators;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Api.OpenApi;

/// <summary>
/// The bounds validators enforce on one property: its length, its numeric range, and those of its items; and whether it
/// is <c>Required</c> (an unconditional <c>NotNull</c> or <c>NotEmpty</c>: the request is refused without it).
/// </summary>
internal sealed record PropertyBounds(int? MaxLength, decimal? Minimum, decimal? Maximum, int? MaxItems, int? ItemMaxLength, decimal? ItemMinimum, decimal? ItemMaximum, bool Required = false)
{
    public static readonly PropertyBounds None = new(null, null, null, null, null, null, null);

    public bool IsEmpty => this == None;
}

/// <summary>
/// Reads the bounds FluentValidation enforces from the validators' own descriptors (<c>MaximumLength</c>,
/// <c>Length</c>, <c>InclusiveBetween</c>, <c>GreaterThanOrEqualTo</c>, <c>LessThanOrEqualTo</c>, <c>GreaterThan</c> an integer, <c>MaxItems</c>, also per item with
/// <c>RuleForEach</c>), so that the document and the validation share one source of truth. A type's validators are
/// its own (<c>IValidator&lt;T&gt;</c>) and those of the types named by its <see cref="ValidatedAsAttribute"/>s.
/// Bounds hidden in a <c>Must</c> predicate cannot be read; the document falls back to a bound the framework enforces.
/// </summary>
internal sealed class ValidatorBounds(IServiceProvider services)
{
    private readonly Dictionary<Type, IReadOnlyList<IValidator>> cache = [];
    private readonly Lock gate = new();

    public static IReadOnlyList<Type> TargetsOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [type, .. type.GetCustomAttributes<ValidatedAsAttribute>().Select(a => a.Target)];
    }

    public IReadOnlyList<IValidator> ValidatorsOf(Type type)
    {
        lock (gate)
        {
            if (!cache.TryGetValue(type, out var validators))
            {
                using var scope = services.CreateScope();
                validators = TargetsOf(type)
                    .SelectMany(t => scope.ServiceProvider.GetServices(typeof(IValidator<>).MakeGenericType(t)).OfType<IValidator>())
                    .ToList();
                cache[type] = validators;
            }

            return validators;
        }
    }

    /// <summary>The bounds of <paramref name="property"/> (C# or JSON name) each validator of <paramref name="type"/> enforces.</summary>
    public IReadOnlyList<PropertyBounds> PerValidator(Type type, string property) =>
        ValidatorsOf(type).Select(v => Read(v, property)).Where(b => !b.IsEmpty).ToList();

    /// <summary>The bounds every validator of the type agrees on, or the strictest when they differ.</summary>
    public PropertyBounds For(Type type, string property)
    {
        var all = PerValidator(type, property);
        if (all.Count == 0)
        {
            return PropertyBounds.None;
        }

        return new PropertyBounds(
            MinOf(all.Select(b => b.MaxLength)),
            MaxOf(all.Select(b => b.Minimum)),
            MinOf(all.Select(b => b.Maximum)),
            MinOf(all.Select(b => b.MaxItems)),
            MinOf(all.Select(b => b.ItemMaxLength)),
            MaxOf(all.Select(b => b.ItemMinimum)),
            MinOf(all.Select(b => b.ItemMaximum)),
            all.Any(b => b.Required));
    }

    private static PropertyBounds Read(IValidator validator, string property)
    {
        int? maxLength = null, maxItems = null, itemMaxLength = null;
        var required = false;
        decimal? minimum = null, maximum = null, itemMinimum = null, itemMaximum = null;
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (!string.Equals(rule.PropertyName, property, StringComparison.OrdinalIgnoreCase) || rule.HasCondition || rule.HasAsyncCondition)
            {
                continue;
            }

            var perItem = rule.GetType().IsGenericType && rule.GetType().GetGenericTypeDefinition().Name.StartsWith("CollectionPropertyRule", StringComparison.Ordinal);
            foreach (var component in rule.Components.Where(c => !c.HasCondition && !c.HasAsyncCondition))
            {
                int? length = null;
                decimal? low = null, high = null;
                switch (component.Validator)
                {
                    case INotNullValidator or INotEmptyValidator when !perItem:
                        required = true;
                        break;
                    case ILengthValidator lengthValidator when lengthValidator.Max > 0:
                        length = lengthValidator.Max;
                        break;
                    case IMaxItemsValidator items when !perItem:
                        maxItems = MinOf([maxItems, items.MaxItems]);
                        break;
                    case IBetweenValidator between when between.Name is "InclusiveBetweenValidator":
                        low = Number(between.From);
                        high = Number(between.To);
                        break;
                    case IComparisonValidator comparison when comparison.MemberToCompare is null:
                        var value = Number(comparison.ValueToCompare);
                        var whole = comparison.ValueToCompare is int or long or short or byte;
                        (low, high) = comparison.Comparison switch
                        {
                            Comparison.GreaterThanOrEqual => (value, high),
                            Comparison.LessThanOrEqual => (low, value),
                            Comparison.GreaterThan when whole => (value + 1, high), // an integer above n is at least n + 1
                            Comparison.LessThan when whole => (low, value - 1),
                            _ => (low, high),
                        };

                        break;
                    default:
                        break;
                }

                if (perItem)
                {
                    itemMaxLength = MinOf([itemMaxLength, length]);
                    itemMinimum = MaxOf([itemMinimum, low]);
                    itemMaximum = MinOf([itemMaximum, high]);
                }
                else
                {
                    maxLength = MinOf([maxLength, length]);
                    minimum = MaxOf([minimum, low]);
                    maximum = MinOf([maximum, high]);
                }
            }
        }

        return new PropertyBounds(maxLength, minimum, maximum, maxItems, itemMaxLength, itemMinimum, itemMaximum, required);
    }

    private static decimal? Number(object? value) => value switch
    {
        int or long or short or byte or decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    private static T? MinOf<T>(IEnumerable<T?> values)
        where T : struct, IComparable<T> =>
        values.Any(v => v.HasValue) ? values.Where(v => v.HasValue).Min(v => v!.Value) : null;

    private static T? MaxOf<T>(IEnumerable<T?> values)
        where T : struct, IComparable<T> =>
        values.Any(v => v.HasValue) ? values.Where(v => v.HasValue).Max(v => v!.Value) : null;
}
