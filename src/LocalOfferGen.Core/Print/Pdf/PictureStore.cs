namespace LocalOfferGen.Print.Pdf;

/// <summary>The pictures of one document, taken from the build's <see cref="PictureCache"/>. PDFsharp draws PNG
/// and JPEG; an SVG is drawn from the PNG of the same name beside it when there is one. A picture that cannot be
/// read gives its reason the first time a document asks for it, and "it cannot be read" after that.</summary>
internal sealed class PictureStore(PictureCache cache)
{
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    /// <summary>The file PDFsharp can draw for a picture, or null.</summary>
    public static string? DrawableFile(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".svg") file = Path.ChangeExtension(file, ".png");
        else if (extension is not (".png" or ".jpg" or ".jpeg")) return null;
        return File.Exists(file) ? file : null;
    }

    /// <summary>The picture, or null (with the reason) when it cannot be read.</summary>
    public PdfSharp.Drawing.XImage? Get(string file) => Load(file, out _);

    public PdfSharp.Drawing.XImage? Load(string file, out string? problem)
    {
        var loaded = cache.Load(file);
        var first = _asked.Add(file);
        problem = loaded.Image is not null ? null : first ? loaded.Problem : "it cannot be read";
        return loaded.Image;
    }
}
