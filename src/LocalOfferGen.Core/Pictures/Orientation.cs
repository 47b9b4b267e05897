using SkiaSharp;

namespace LocalOfferGen.Pictures;

/// <summary>EXIF orientation: how a stored picture must be turned to be seen upright. A phone held upright stores
/// its photo sideways with orientation 6 ("turn 90° clockwise"); formats must never show it as stored.</summary>
internal static class Orientation
{
    /// <summary>Whether the upright picture's width is the stored height (a quarter turn, or a transposition).</summary>
    public static bool SwapsSides(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>The matrix taking a stored picture of <paramref name="width"/> × <paramref name="height"/> to its upright
    /// position, whose top left corner is at the origin. Each maps pixel edges onto pixel edges, so drawing through it
    /// moves pixels without resampling them.</summary>
    public static SKMatrix ToUpright(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
