namespace LocalOfferGen.Pictures;

/// <summary>A picture encoded for a format to embed or publish: upright, sRGB, 8 bits a channel.</summary>
/// <param name="Bytes">The encoded file. Shared between callers: never change it.</param>
/// <param name="MimeType"><c>image/png</c> or <c>image/jpeg</c>.</param>
/// <param name="Width">Pixels across, as encoded.</param>
/// <param name="Height">Pixels down, as encoded.</param>
public sealed record EncodedPicture(byte[] Bytes, string MimeType, int Width, int Height)
{
    public bool IsJpeg => MimeType == "image/jpeg";

    /// <summary>The file extension for these bytes, with its dot: <c>.png</c> or <c>.jpg</c>.</summary>
    public string Extension => IsJpeg ? ".jpg" : ".png";
}
