using LocalOfferGen.Print.Layout;

namespace LocalOfferGen.Tests.Print;

/// <summary>Every character half as wide as the type size, bold a little wider: easy widths to reason about.</summary>
internal sealed class FixedWidthMeasurer : ITextMeasurer
{
    public double Width(string text, TextFace face, double size) => text.Length * size * (face.Bold ? 0.6 : 0.5);
}
