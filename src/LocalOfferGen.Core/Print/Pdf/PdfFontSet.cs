using LocalOfferGen.Print.Fonts;
using LocalOfferGen.Print.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LocalOfferGen.Print.Pdf;

/// <summary>The fonts of one document in every family, face and size it uses, and the measurer the layout uses,
/// so lines are broken with the very widths they are drawn with. One per document; not shared between threads.</summary>
internal sealed class PdfFontSet(PrintFontChain chain) : ITextMeasurer, IDisposable
{
    private readonly Dictionary<(TextFace, double), XFont> _fonts = [];
    private readonly XGraphics _measure = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);

    public PrintFontChain Chain => chain;

    public XFont Font(TextFace face, double size)
    {
        if (_fonts.TryGetValue((face, size), out var font)) return font;
        var style = (face.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular) | (face.Italic ? XFontStyleEx.Italic : XFontStyleEx.Regular);
        font = new XFont(chain.PdfNames[face.Font], size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
        _fonts[(face, size)] = font;
        return font;
    }

    public double Width(string text, TextFace face, double size) =>
        text.Length == 0 ? 0 : _measure.MeasureString(text, Font(face, size)).Width;

    /// <summary>Where the baseline sits below the top of a line of the given height, centring the text face's ascent
    /// and descent. Fallback faces share the text face's baseline, so a symbol sits on the line with the words.</summary>
    public double BaselineOffset(TextFace face, double size, double lineHeight)
    {
        var metrics = Font(face with { Font = 0 }, size).Metrics;
        var ascent = metrics.Ascent * size / metrics.UnitsPerEm;
        var descent = Math.Abs(metrics.Descent) * size / metrics.UnitsPerEm;
        return (lineHeight - ascent - descent) / 2 + ascent;
    }

    public void Dispose() => _measure.Dispose();
}
