using System.Globalization;
using FluentValidation;
using ThiDua.Domain.Common;

namespace ThiDua.Application.Common.Validation;

/// <summary>
/// Custom validation messages in Vietnamese (the default) and English (ADR 0019). The text is picked when the message
/// is built, from the request's UI culture; FluentValidation's placeholders (<c>{PropertyName}</c>, …) still apply.
/// Built-in messages come from FluentValidation's own language packs (<c>vi</c>, <c>en</c>).
/// </summary>
public static class LocalizedMessages
{
    public static IRuleBuilderOptions<T, TProperty> WithMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, string vi, string en)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var text = new LocalizedText(vi, en);
        return rule.WithMessage(_ => text.Current);
    }

    public static IRuleBuilderOptions<T, TProperty> WithMessage<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, Func<T, string> vi, Func<T, string> en)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule.WithMessage(x => LocalizedText.IsEnglish(CultureInfo.CurrentUICulture) ? en(x) : vi(x));
    }

    /// <summary>
    /// Global FluentValidation settings: built-in messages in formal Vietnamese (<see cref="FormalVietnamese"/>) or
    /// English by the UI culture, and property names in messages as the JSON names the client sent, in camelCase
    /// (<c>'launchingAuthorityId'</c>), in both languages.
    /// </summary>
    public static void Configure()
    {
        ValidatorOptions.Global.LanguageManager = new FormalVietnamese();
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) =>
            member is not null ? CamelCase(member.Name) : expression is not null ? CamelCasePath(FluentValidation.Internal.PropertyChain.FromExpression(expression).ToString()) : null;
    }

    private static string CamelCasePath(string path) => string.Join('.', path.Split('.').Select(CamelCase));

    private static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
