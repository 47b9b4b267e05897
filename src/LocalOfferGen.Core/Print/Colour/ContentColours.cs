using System.Globalization;
using System.Text;
using LocalOfferGen.ColourManagement;
using LocalOfferGen.Print.Pdf;

namespace LocalOfferGen.Print.Colour;

/// <summary>Rewrites the colours of a PDF content stream from sRGB to the output profile's CMYK: <c>r g b rg</c> becomes
/// <c>c m y k k</c> (and RG, K for strokes), and <c>/DeviceRGB cs</c> with its <c>sc</c>/<c>scn</c> the same. The stream is
/// read token by token (<see cref="PdfSyntax"/>), so the digits inside a string are never taken for a colour. Gray
/// (<c>g</c>, <c>G</c>) is left as it is: PDF/X-4 prints it on the black plate. Anything whose colour this cannot
/// convert (images, shadings, inline images, other colour spaces) makes it give up: null.</summary>
internal static class ContentColours
{
    public static byte[]? ToCmyk(byte[] content, CmykOutputProfile profile)
    {
        var syntax = new PdfSyntax(content);
        var edits = new List<(int Start, int End, string With)>();
        var operands = new List<(int Start, object? Value)>();
        bool fillRgb = false, strokeRgb = false;
        while (true)
        {
            syntax.SkipWhiteSpace();
            if (syntax.Position >= content.Length) break;
            var start = syntax.Position;
            var token = syntax.ReadObject();
            if (token is not PdfSyntax.Keyword keyword)
            {
                operands.Add((start, token));
                continue;
            }
            var from = operands.Count > 0 ? operands[0].Start : start;
            switch (keyword.Value)
            {
                case "rg" or "RG":
                case "sc" or "scn" when fillRgb:
                case "SC" or "SCN" when strokeRgb:
                    if (Rgb(operands) is not { } rgb) return null;
                    var fill = keyword.Value is "rg" or "sc" or "scn";
                    edits.Add((from, syntax.Position, Cmyk(profile, rgb) + (fill ? " k" : " K")));
                    break;
                case "cs" or "CS":
                    var space = operands.Count == 1 && operands[0].Value is PdfSyntax.Name name ? name.Value : null;
                    if (space is not ("DeviceRGB" or "DeviceGray" or "DeviceCMYK")) return null;
                    if (keyword.Value == "cs") fillRgb = space == "DeviceRGB"; else strokeRgb = space == "DeviceRGB";
                    if (space == "DeviceRGB") edits.Add((from, syntax.Position, "/DeviceCMYK " + keyword.Value));
                    break;
                case "sc" or "scn" or "SC" or "SCN" when operands.Any(o => o.Value is PdfSyntax.Name):
                case "sh" or "Do" or "BI" or "ID" or "EI":
                    return null;
            }
            operands.Clear();
        }
        if (edits.Count == 0) return content;
        var result = new MemoryStream(content.Length + 16 * edits.Count);
        var at = 0;
        foreach (var (editStart, editEnd, with) in edits)
        {
            result.Write(content, at, editStart - at);
            result.Write(Encoding.ASCII.GetBytes(with));
            at = editEnd;
        }
        result.Write(content, at, content.Length - at);
        return result.ToArray();
    }

    /// <summary>The CMYK of an sRGB colour through the profile, as PDF operands (four decimals, at most).</summary>
    public static string Cmyk(CmykOutputProfile profile, (double R, double G, double B) rgb)
    {
        var (c, m, y, k) = profile.FromSrgb(rgb.R, rgb.G, rgb.B);
        return string.Join(' ', new[] { c, m, y, k }.Select(v => Math.Round(Math.Clamp(v, 0, 1), 4).ToString("0.####", CultureInfo.InvariantCulture)));
    }

    private static (double, double, double)? Rgb(List<(int Start, object? Value)> operands)
    {
        if (operands.Count != 3) return null;
        var values = operands.Select(o => o.Value switch { long l => l, double d => d, _ => double.NaN }).ToArray();
        return values.Any(double.IsNaN) ? null : (values[0], values[1], values[2]);
    }
}
