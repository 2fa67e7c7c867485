using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Fonts;
using PdfSharp.Pdf;
using QRCoder;
using ThiDua.Application.Certificates;
using ThiDua.Domain.Certificates;

namespace ThiDua.Infrastructure.Certificates;

/// <summary>
/// Renders certificates with PDFsharp 6.2.4 (MIT) on the layout templates of <c>certificate-templates.json</c> (data in
/// millimetres, an embedded resource), with Noto Serif (SIL OFL 1.1, embedded in the assembly and subset into each PDF)
/// and a QR code (QRCoder, MIT) of the public verification URL. A template is chosen by award type code, else by the
/// award's level (ministry/province 400 × 300 mm; Prime Minister 450 × 350 mm; grassroots A4 landscape).
/// </summary>
internal sealed class PdfCertificateRenderer : ICertificateRenderer
{
    private const double PointsPerMillimetre = 72 / 25.4;
    private static readonly JsonSerializerOptions TemplateJson = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private static readonly Lazy<IReadOnlyList<CertificateTemplateDto>> LoadedTemplates = new(LoadTemplates);

    static PdfCertificateRenderer() => CertificateFonts.Install();

    public IReadOnlyList<CertificateTemplateDto> Templates => LoadedTemplates.Value;

    public byte[] Render(Certificate certificate, string verificationUrl, bool onPreprintedBlank)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentException.ThrowIfNullOrWhiteSpace(verificationUrl);
        var content = certificate.Content;
        var template = TemplateFor(content);
        using var document = new PdfDocument();
        document.Info.Title = $"{content.AwardName} — {content.RecipientName}";
        document.Info.Subject = $"Quyết định {content.DecisionNumber} ngày {content.DecisionDate:dd'/'MM'/'yyyy}; số sổ vàng {certificate.GoldBookNumber}";
        document.Info.Creator = "ThiDua";
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(template.PageWidthMm);
        page.Height = XUnit.FromMillimeter(template.PageHeightMm);
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            foreach (var field in template.Fields.Where(f => !(onPreprintedBlank && f.Preprinted)))
            {
                var text = TextOf(field, certificate);
                if (string.IsNullOrWhiteSpace(text))
                {
                    continue;
                }

                var font = new XFont(CertificateFonts.Family, field.FontSizePt, field.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
                var formatter = new XTextFormatter(gfx)
                {
                    Alignment = field.Align switch
                    {
                        "left" => XParagraphAlignment.Left,
                        "right" => XParagraphAlignment.Right,
                        "justify" => XParagraphAlignment.Justify,
                        _ => XParagraphAlignment.Center,
                    },
                };
                var box = new XRect(Mm(field.XMm), Mm(field.YMm), Mm(field.WidthMm), Math.Max(Mm(template.PageHeightMm - field.YMm), 1));
                formatter.DrawString(text, font, new XSolidBrush(ParseColor(field.Color)), box, XStringFormats.TopLeft);
            }

            DrawQr(gfx, template.Qr, verificationUrl);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>The template for an award: one that names its type, else one for its level.</summary>
    public CertificateTemplateDto TemplateFor(CertificateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Templates.FirstOrDefault(t => t.AwardTypeCodes.Contains(content.AwardTypeCode, StringComparer.Ordinal))
            ?? Templates.FirstOrDefault(t => t.AwardLevels.Contains(content.AwardLevel))
            ?? Templates[0];
    }

    private static string? TextOf(CertificateFieldDto field, Certificate certificate)
    {
        var c = certificate.Content;
        var vi = CultureInfo.GetCultureInfo("vi-VN");
        return field.Field switch
        {
            "issuer" => c.IssuerName.ToUpper(vi),
            "awardName" => c.AwardName.ToUpper(vi),
            "recipient" => $"{c.Salutation} {c.RecipientName}",
            "position" => c.RecipientPosition,
            "unit" => c.RecipientKind == Domain.AwardTypes.RecipientKind.Collective && c.UnitName == c.RecipientName ? null : c.UnitName,
            "achievement" => c.AchievementText,
            "decision" => $"Quyết định số {c.DecisionNumber} ngày {c.DecisionDate:dd'/'MM'/'yyyy}",
            "goldBook" => $"Số sổ vàng: {certificate.GoldBookNumber}",
            "certificateNumber" => $"Số: {certificate.CertificateNumber}/{certificate.Year}",
            "placeDate" => $"{c.Place}, ngày {c.DecisionDate.Day:D2} tháng {c.DecisionDate.Month:D2} năm {c.DecisionDate.Year}",
            "signerTitle" => c.SignerTitle.ToUpper(vi),
            "signerName" => c.SignerName,
            "reissue" => certificate.IsReissue ? $"CẤP LẠI ngày {certificate.IssuedAt.ToOffset(TimeSpan.FromHours(7)):dd'/'MM'/'yyyy}" : null,
            _ => field.Text,
        };
    }

    private static void DrawQr(XGraphics gfx, CertificateQrDto qr, string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var side = Mm(qr.SizeMm) / modules.Count;
        var ink = XBrushes.Black;
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules.Count; column++)
            {
                if (modules[row][column])
                {
                    gfx.DrawRectangle(ink, Mm(qr.XMm) + (column * side), Mm(qr.YMm) + (row * side), side, side);
                }
            }
        }
    }

    private static double Mm(double millimetres) => millimetres * PointsPerMillimetre;

    private static XColor ParseColor(string hex) =>
        hex is { Length: 7 } && hex[0] == '#'
            ? XColor.FromArgb(
                int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture),
                int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            : XColors.Black;

    private static IReadOnlyList<CertificateTemplateDto> LoadTemplates()
    {
        using var stream = typeof(PdfCertificateRenderer).Assembly.GetManifestResourceStream("ThiDua.Infrastructure.Certificates.certificate-templates.json")
            ?? throw new InvalidOperationException("The certificate templates resource is missing.");
        var file = JsonSerializer.Deserialize<TemplateFile>(stream, TemplateJson) ?? throw new InvalidOperationException("The certificate templates resource is empty.");
        return file.Templates;
    }

    private sealed record TemplateFile(IReadOnlyList<CertificateTemplateDto> Templates);
}

/// <summary>
/// Serves Noto Serif (regular, bold) to PDFsharp from the assembly's resources: no system font is needed, so rendering is
/// the same on a clean machine. Installed once per process as PDFsharp's global font resolver.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    public const string Family = "Noto Serif";
    private const string Regular = "NotoSerif-Regular";
    private const string Bold = "NotoSerif-Bold";
    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new CertificateFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase)
            ? new FontResolverInfo(bold ? Bold : Regular, false, italic)
            : null;

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(CertificateFonts).Assembly.GetManifestResourceStream($"ThiDua.Infrastructure.Certificates.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

/// <summary>The verification URL printed in the QR code: <c>Certificates:VerificationBaseUrl</c> + <c>/verify/{token}</c>.</summary>
internal sealed class CertificateLinks(Microsoft.Extensions.Configuration.IConfiguration configuration) : ICertificateLinks
{
    public const string DefaultBaseUrl = "http://localhost:8080";

    public string VerificationUrl(string token) =>
        $"{(configuration["Certificates:VerificationBaseUrl"] ?? DefaultBaseUrl).TrimEnd('/')}/verify/{Uri.EscapeDataString(token)}";
}
