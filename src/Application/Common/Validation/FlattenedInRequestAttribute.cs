namespace ThiDua.Application.Common.Validation;

/// <summary>
/// Marks a command property whose own properties the HTTP request carries at its top level (e.g. a campaign's plan:
/// <c>title</c>, <c>phases</c>, … beside <c>launchingAuthorityId</c>). Validation errors then name the fields as the
/// client sent them (<c>title</c>, not <c>plan.title</c>); see <see cref="Behaviors.ValidationBehavior{TMessage, TResponse}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FlattenedInRequestAttribute : Attribute;
