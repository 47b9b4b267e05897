namespace LocalOfferGen.Pictures;

/// <summary>What a picture file holds, read from its bytes (not its name): a JPEG named .png is a JPEG.</summary>
public enum PictureFormat
{
    /// <summary>No library here reads it (also an empty file, or text named like a picture).</summary>
    Unknown,
    Png,
    Jpeg,
    Gif,
    WebP,
    Svg,
}

/// <summary>Pixels or drawing instructions: a raster picture has a fixed number of pixels, a vector one
/// (SVG) can be drawn at any size.</summary>
public enum PictureKind
{
    Raster,
    Vector,
}
