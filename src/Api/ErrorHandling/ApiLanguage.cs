using System.Globalization;
using Microsoft.AspNetCore.Localization;
using ThiDua.Domain.Common;

namespace ThiDua.Api.ErrorHandling;

/// <summary>
/// The language a response speaks (ADR 0019): Vietnamese by default, English when <c>Accept-Language</c> prefers it
/// (<c>en</c>, <c>en-US</c>, …). Only the UI culture changes; numbers and dates keep the invariant culture, and codes
/// never change.
/// </summary>
public static class ApiLanguage
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    /// <summary>Request localisation from <c>Accept-Language</c> only: <c>vi</c> (default) and <c>en</c>.</summary>
    public static void Configure(RequestLocalizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, new CultureInfo(Vietnamese));
        options.SupportedCultures = [CultureInfo.InvariantCulture];
        options.SupportedUICultures = [new CultureInfo(Vietnamese), new CultureInfo(English)];
        options.FallBackToParentUICultures = true;
        options.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider { Options = options }];
    }

    /// <summary>The language of this request: the UI culture that request localisation chose, else Vietnamese.</summary>
    public static CultureInfo Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? new CultureInfo(Vietnamese);
    }

    public static bool IsEnglish(HttpContext context) => LocalizedText.IsEnglish(Of(context));

    /// <summary>The text in the request's language.</summary>
    public static string Pick(HttpContext context, LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.In(Of(context));
    }

    public static string Pick(HttpContext context, string vi, string en) => IsEnglish(context) ? en : vi;

    /// <summary>The tag written in <c>Content-Language</c>.</summary>
    public static string Tag(HttpContext context) => IsEnglish(context) ? English : Vietnamese;
}
