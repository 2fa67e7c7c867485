using ThiDua.Domain.Common;

namespace ThiDua.Domain.UnitTests;

/// <summary>Assertions on the domain's rule violations.</summary>
internal static class DomainAssert
{
    /// <summary>
    /// Asserts that <paramref name="act"/> throws a <see cref="DomainRuleViolationException"/> whose error has the code
    /// (and kind) of <paramref name="expected"/>; the message may be more specific than the catalogue's.
    /// </summary>
    public static DomainRuleViolationException ShouldViolate(DomainError expected, Action act)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(act);

        var exception = Should.Throw<DomainRuleViolationException>(act);
        exception.Error.Code.ShouldBe(expected.Code);
        exception.Error.Kind.ShouldBe(expected.Kind);
        return exception;
    }
}
