using FluentValidation;
using Mediator;
using ThiDua.Application.Common.Validation;

namespace ThiDua.Application.Common.Behaviors;

/// <summary>
/// Runs every FluentValidation validator of the message; input-shape errors become HTTP 400. Errors on a property the
/// request carries flattened (<see cref="FlattenedInRequestAttribute"/>) name the field as the client sent it.
/// </summary>
public sealed class ValidationBehavior<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string[] FlattenedPrefixes = typeof(TMessage).GetProperties()
        .Where(p => p.IsDefined(typeof(FlattenedInRequestAttribute), inherit: false))
        .Select(p => p.Name + ".")
        .ToArray();

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            foreach (var failure in failures)
            {
                failure.PropertyName = AsSent(failure.PropertyName);
            }

            throw new ValidationException(failures);
        }

        return await next(message, cancellationToken);
    }

    private static string AsSent(string propertyName) =>
        FlattenedPrefixes.FirstOrDefault(prefix => propertyName.StartsWith(prefix, StringComparison.Ordinal)) is { } prefix
            ? propertyName[prefix.Length..]
            : propertyName;
}
