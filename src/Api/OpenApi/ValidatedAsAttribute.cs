namespace ThiDua.Api.OpenApi;

/// <summary>
/// Names the Application type (command, query or input) whose FluentValidation validator checks this API request
/// type's properties once the endpoint has mapped it. The document takes its bounds (<c>maxLength</c>,
/// <c>minimum</c>, <c>maximum</c>) from those validators (<see cref="ValidatorBounds"/>), and a test holds the two
/// together.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class ValidatedAsAttribute(Type target) : Attribute
{
    public Type Target { get; } = target;
}
