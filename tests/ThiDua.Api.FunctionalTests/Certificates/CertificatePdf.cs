using System.Text;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace ThiDua.Api.FunctionalTests.Certificates;

/// <summary>
/// Reads a certificate PDF as a printer would see it: its page size in millimetres, its text (PdfPig, whitespace removed
/// and NFC-normalised so that words split by layout still match), and its QR code, rebuilt from the filled squares drawn
/// on the page and decoded with ZXing.
/// </summary>
internal sealed record CertificatePdf(double WidthMm, double HeightMm, string Text, string? QrText)
{
    private const double MillimetresPerPoint = 25.4 / 72;

    public static CertificatePdf Read(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        document.NumberOfPages.ShouldBe(1);
        var page = document.GetPage(1);
        var text = string.Concat(page.Letters.Select(l => l.Value)).Normalize(NormalizationForm.FormC);
        return new CertificatePdf(Math.Round(page.Width * MillimetresPerPoint), Math.Round(page.Height * MillimetresPerPoint), Squash(text), DecodeQr(page));
    }

    /// <summary>Whether the page's text contains <paramref name="value"/>, ignoring whitespace.</summary>
    public bool Says(string value) => Text.Contains(Squash(value), StringComparison.Ordinal);

    private static string Squash(string value) => string.Concat(value.Normalize(NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)));

    private static string? DecodeQr(UglyToad.PdfPig.Content.Page page)
    {
        var squares = page.Paths
            .Where(p => p.IsFilled)
            .Select(p => p.GetBoundingRectangle())
            .Where(r => r is { } b && b.Width > 0 && b.Width < 20 && Math.Abs(b.Width - b.Height) < 0.01)
            .Select(r => r!.Value)
            .ToList();
        if (squares.Count == 0)
        {
            return null;
        }

        var side = squares.Min(s => s.Width);
        var left = squares.Min(s => s.Left);
        var top = squares.Max(s => s.Top);
        var modules = (int)Math.Round((squares.Max(s => s.Right) - left) / side);
        modules = Math.Max(modules, (int)Math.Round((top - squares.Min(s => s.Bottom)) / side));
        const int Scale = 4;
        const int Quiet = 4;
        var size = (modules + (2 * Quiet)) * Scale;
        var pixels = Enumerable.Repeat((byte)255, size * size).ToArray();
        foreach (var square in squares)
        {
            var column = (int)Math.Round((square.Left - left) / side) + Quiet;
            var row = (int)Math.Round((top - square.Top) / side) + Quiet;
            for (var y = row * Scale; y < (row + 1) * Scale; y++)
            {
                for (var x = column * Scale; x < (column + 1) * Scale; x++)
                {
                    pixels[(y * size) + x] = 0;
                }
            }
        }

        var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, size, size, RGBLuminanceSource.BitmapFormat.Gray8)));
        return new QRCodeReader().decode(bitmap, new Dictionary<DecodeHintType, object> { [DecodeHintType.PURE_BARCODE] = true })?.Text;
    }
}
