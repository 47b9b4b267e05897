using LocalOfferGen.Pictures;

namespace LocalOfferGen.Word;

/// <summary>The pictures of one build as Word embeds them. Every picture a Markdown link names was read and checked
/// when the content was loaded (one that cannot be used stopped the build there), so each is found here. A raster
/// picture is embedded at its shown size at <see cref="PixelsPerInch"/> (never enlarged) and upright; an SVG is
/// embedded as Word itself does it: the sanitised SVG, with a PNG drawn from it at the same resolution for
/// programs that cannot show SVG. Encodings are made once per size by the picture core and shared by every
/// document and thread. An SVG's words in the PNG are drawn in <paramref name="svgFonts"/>, the fonts Word names.</summary>
internal sealed class PictureCatalog(PictureSet pictures, SvgFonts svgFonts)
{
    /// <summary>Sharp when printed (laser printers resolve about 200 to 300 ppi; Word's own "Print" compression is
    /// 220 ppi) while a 6000 × 4000 photo shown 16 cm wide becomes 1386 pixels, not 24 million.</summary>
    public const int PixelsPerInch = 220;

    private const double EmuPerInch = 914400;

    /// <summary>The picture at a site path shown in at most <paramref name="maxWidth"/> × <paramref name="maxHeight"/>
    /// EMUs, or null when the address is not a picture of the content (an outside address: its description is printed).</summary>
    public WordPicture? Find(string sitePath, long maxWidth, long maxHeight)
    {
        // An SVG of the same name beside the picture wins, as in print (see PictureSet.Preferred).
        if (pictures.Preferred(sitePath) is not { IsReadable: true } picture) return null;
        var (width, height) = Extent(picture.Width, picture.Height, maxWidth, maxHeight);
        var pixelsAcross = (int)Math.Ceiling(width / EmuPerInch * PixelsPerInch);
        var pixelsDown = (int)Math.Ceiling(height / EmuPerInch * PixelsPerInch);
        var fallback = picture.Raster(Math.Max(1, pixelsAcross), Math.Max(1, pixelsDown), svgFonts);
        var svg = picture.Kind == PictureKind.Vector ? picture.SanitizedSvg() : null;
        return new WordPicture(picture.SitePath, fallback, svg, width, height);
    }

    /// <summary>The shown size: the upright picture at 96 pixels an inch (an SVG at its own size in CSS pixels),
    /// shrunk, never enlarged, to fit the space.</summary>
    public static (long Width, long Height) Extent(int widthPx, int heightPx, long maxWidth, long maxHeight)
    {
        double width = widthPx * PageLayout.EmuPerPixel;
        double height = heightPx * PageLayout.EmuPerPixel;
        var scale = Math.Min(1, Math.Min(maxWidth / width, maxHeight / height));
        return (Math.Max(1, (long)Math.Round(width * scale)), Math.Max(1, (long)Math.Round(height * scale)));
    }
}

/// <summary>One picture as a document embeds it.</summary>
/// <param name="Fallback">The PNG or JPEG Word shows (for an SVG, what programs without SVG support show).</param>
/// <param name="Svg">The sanitised SVG text, for an SVG picture; null for a raster one.</param>
/// <param name="Width">The shown width in EMUs.</param>
/// <param name="Height">The shown height in EMUs.</param>
internal sealed record WordPicture(string SitePath, EncodedPicture Fallback, string? Svg, long Width, long Height)
{
    /// <summary>Identifies the embedded bytes: the same picture at another size is another file in the package.</summary>
    public string Key => $"{SitePath}|{Fallback.Width}x{Fallback.Height}";
}
