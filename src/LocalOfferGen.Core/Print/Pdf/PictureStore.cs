using PdfSharp.Drawing;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Pictures loaded once per document. PDFsharp draws PNG and JPEG; an SVG is drawn from the PNG
/// of the same name beside it when there is one.</summary>
internal sealed class PictureStore : IDisposable
{
    private readonly Dictionary<string, XImage?> _images = new(StringComparer.Ordinal);

    /// <summary>The file PDFsharp can draw for a picture, or null.</summary>
    public static string? DrawableFile(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension == ".svg") file = Path.ChangeExtension(file, ".png");
        else if (extension is not (".png" or ".jpg" or ".jpeg")) return null;
        return File.Exists(file) ? file : null;
    }

    /// <summary>The picture, or null (with the reason) when it cannot be read.</summary>
    public XImage? Get(string file) => Load(file, out _);

    public XImage? Load(string file, out string? problem)
    {
        problem = null;
        if (_images.TryGetValue(file, out var known))
        {
            if (known is null) problem = "it cannot be read";
            return known;
        }
        var drawable = DrawableFile(file);
        XImage? image = null;
        if (drawable is null)
            problem = Path.GetExtension(file).Equals(".svg", StringComparison.OrdinalIgnoreCase)
                ? $"print needs a PNG beside the SVG ({Path.GetFileNameWithoutExtension(file)}.png)"
                : "print can use PNG or JPEG pictures only";
        else
        {
            try { image = XImage.FromFile(drawable); }
            catch (Exception e) when (e is not OutOfMemoryException) { problem = $"it cannot be read ({e.Message})"; }
        }
        _images[file] = image;
        return image;
    }

    public void Dispose()
    {
        foreach (var image in _images.Values) image?.Dispose();
    }
}
