using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Every picture the print documents draw, decoded once per build and shared by all of them:
/// PDFsharp decodes a PNG to raw pixels when it is loaded, which took most of the print format's time when
/// every document loaded its pictures again. Documents only read a loaded picture, so threads can share it.</summary>
internal sealed class PictureCache : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Loaded>> _pictures = new(StringComparer.Ordinal);

    /// <summary>A picture, or the reason it cannot be read.</summary>
    public sealed record Loaded(XImage? Image, string? Problem);

    public Loaded Load(string file) =>
        _pictures.GetOrAdd(file, f => new Lazy<Loaded>(() => Read(f), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static Loaded Read(string file)
    {
        var drawable = PictureStore.DrawableFile(file);
        if (drawable is null)
            return new(null, Path.GetExtension(file).Equals(".svg", StringComparison.OrdinalIgnoreCase)
                ? $"print needs a PNG beside the SVG ({Path.GetFileNameWithoutExtension(file)}.png)"
                : "print can use PNG or JPEG pictures only");
        try { return new(XImage.FromFile(drawable), null); }
        catch (Exception e) when (e is not OutOfMemoryException) { return new(null, $"it cannot be read ({e.Message})"); }
    }

    public void Dispose()
    {
        foreach (var picture in _pictures.Values)
            if (picture.IsValueCreated) picture.Value.Image?.Dispose();
    }
}
