using System.Collections.Concurrent;

namespace LocalOfferGen.Pictures;

/// <summary>One picture file of the content (under content/images), read when the content is loaded. Its size and
/// kind are known at once; its pixels are decoded only when a format asks for an encoding, and each encoding
/// (per size) is made once and shared by every document and thread that asks for it. Every operation is a pure
/// function of the file: the same file gives the same bytes.</summary>
public sealed class Picture
{
    private readonly ConcurrentDictionary<(int, int, string), Lazy<EncodedPicture>> _rasters = new();
    private readonly ConcurrentDictionary<string, Lazy<byte[]>> _pdfs = new(StringComparer.Ordinal);
    private readonly Lazy<string> _svg;

    internal Picture(string sitePath, string sourcePath, PictureFormat format, int width, int height, bool hasAlpha, string? problem)
    {
        SitePath = sitePath;
        SourcePath = sourcePath;
        Format = format;
        Width = width;
        Height = height;
        HasAlpha = hasAlpha;
        Problem = problem;
        _svg = new Lazy<string>(() => SvgSanitizer.Sanitize(File.ReadAllText(SourcePath)).Text, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Its site path, such as <c>/images/easy-read/clock.svg</c> (what Markdown links resolve to).</summary>
    public string SitePath { get; }

    /// <summary>The full path of the file.</summary>
    public string SourcePath { get; }

    /// <summary>What the file holds, from its bytes; <see cref="PictureFormat.Unknown"/> when it cannot be read.</summary>
    public PictureFormat Format { get; }

    public PictureKind Kind => Format == PictureFormat.Svg ? PictureKind.Vector : PictureKind.Raster;

    /// <summary>Pixels across as the picture is seen: after its EXIF orientation (a phone photo taken upright is
    /// taller than wide). For an SVG, its intrinsic width in CSS pixels (from width/height, else its viewBox).</summary>
    public int Width { get; }

    /// <summary>Pixels down as the picture is seen (see <see cref="Width"/>).</summary>
    public int Height { get; }

    /// <summary>Whether any pixel is see-through. Always true for an SVG (what it leaves unpainted is transparent).</summary>
    public bool HasAlpha { get; }

    /// <summary>Why the picture cannot be used, in words for an editor ("the file is cut short ..."); null when it can.</summary>
    public string? Problem { get; }

    public bool IsReadable => Problem is null;

    /// <summary>The picture as PNG or JPEG bytes that fit in <paramref name="maxWidthPx"/> × <paramref name="maxHeightPx"/>,
    /// keeping its shape: upright (EXIF orientation applied), sRGB, 8 bits a channel. A raster picture is never
    /// enlarged; an SVG is drawn at the size that fills the box. PNG when the result has any transparency or at most
    /// 256 colours (drawings, diagrams, icons) and for every SVG; JPEG at quality 85 for the rest (photos).</summary>
    /// <param name="svgFonts">The fonts an SVG's text is drawn in (ignored for raster pictures); none: its text is not drawn.</param>
    /// <exception cref="InvalidOperationException">The picture is not readable (see <see cref="Problem"/>).</exception>
    public EncodedPicture Raster(int maxWidthPx, int maxHeightPx, SvgFonts? svgFonts = null)
    {
        EnsureReadable();
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidthPx, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxHeightPx, 1);
        var fonts = Kind == PictureKind.Vector ? svgFonts ?? SvgFonts.None : SvgFonts.None;
        var (width, height) = FitSize(maxWidthPx, maxHeightPx);
        return _rasters.GetOrAdd((width, height, fonts.Key), size => new Lazy<EncodedPicture>(() => Encode(size.Item1, size.Item2, fonts),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The pixel size <see cref="Raster"/> gives for this box, without encoding anything.</summary>
    public (int Width, int Height) FitSize(int maxWidthPx, int maxHeightPx)
    {
        var scale = Math.Min((double)maxWidthPx / Width, (double)maxHeightPx / Height);
        if (Kind == PictureKind.Raster) scale = Math.Min(1, scale);
        return (Math.Clamp((int)Math.Round(Width * scale), 1, maxWidthPx), Math.Clamp((int)Math.Round(Height * scale), 1, maxHeightPx));
    }

    /// <summary>A one-page PDF of the SVG drawn as vectors (Skia's PDF backend), its page the SVG's intrinsic size
    /// at one point per CSS pixel, with fixed metadata so that the bytes depend only on the SVG and the fonts. Its text
    /// is drawn in <paramref name="fonts"/> (subsets embedded), or not at all without fonts.</summary>
    /// <exception cref="InvalidOperationException">The picture is not a readable SVG.</exception>
    public byte[] SvgAsPdf(SvgFonts? fonts = null)
    {
        EnsureVector();
        fonts ??= SvgFonts.None;
        return _pdfs.GetOrAdd(fonts.Key, _ => new Lazy<byte[]>(() => SvgDrawing.ToPdf(Vector(fonts)),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>The SVG's text reduced to a safe subset (see <see cref="SvgSanitizer"/>): no script, event handler,
    /// external reference or foreignObject, only allow-listed elements and attributes. Safe to publish on the web
    /// and to embed in a Word document.</summary>
    /// <exception cref="InvalidOperationException">The picture is not a readable SVG.</exception>
    public string SanitizedSvg()
    {
        EnsureVector();
        return _svg.Value;
    }

    private EncodedPicture Encode(int width, int height, SvgFonts fonts)
    {
        using var bitmap = Kind == PictureKind.Vector ? SvgDrawing.ToBitmap(Vector(fonts), width, height) : RasterDecoder.Decode(SourcePath, width, height);
        return RasterEncoder.Encode(bitmap, preferPng: Kind == PictureKind.Vector || StaysPng);
    }

    /// <summary>Up to this many pixels, a PNG or GIF is taken for a drawing, diagram or screenshot (its smooth edges
    /// give it more than 256 colours, yet JPEG would blur them), so it stays PNG; a larger one is a photo saved as PNG.</summary>
    public const long DrawingPixels = 2_000_000;

    /// <summary>A lossless picture of drawing size: encoded as PNG whatever its colours.</summary>
    private bool StaysPng => Format is PictureFormat.Png or PictureFormat.Gif && (long)Width * Height <= DrawingPixels;

    /// <summary>The SVG drawing, made from the sanitized text (so nothing outside the file is ever fetched).</summary>
    private SvgDrawing Vector(SvgFonts fonts) => SvgDrawing.Load(SanitizedSvg(), fonts);

    private void EnsureReadable()
    {
        if (Problem is not null) throw new InvalidOperationException($"{SitePath} cannot be used: {Problem}");
    }

    private void EnsureVector()
    {
        EnsureReadable();
        if (Kind != PictureKind.Vector) throw new InvalidOperationException($"{SitePath} is not an SVG");
    }

    public override string ToString() => $"{SitePath} ({Format}, {Width}×{Height})";
}
