using System.Collections;

namespace LocalOfferGen.Pictures;

/// <summary>Every picture file of the content (PNG, JPEG, GIF, WebP and SVG under content/images), keyed by site
/// path such as <c>/images/easy-read/clock.svg</c>, in site path order. Formats look up the pictures that Markdown
/// links name; a link to a picture that is not readable never gets this far (it is an error when loading).</summary>
public sealed class PictureSet : IReadOnlyCollection<Picture>
{
    /// <summary>The extensions of the files read as pictures.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg"];

    public static readonly PictureSet Empty = new([]);

    private readonly IReadOnlyList<Picture> _pictures;
    private readonly Dictionary<string, Picture> _bySitePath;

    private PictureSet(IReadOnlyList<Picture> pictures)
    {
        _pictures = pictures;
        _bySitePath = pictures.ToDictionary(p => p.SitePath, StringComparer.Ordinal);
    }

    /// <summary>Reads each picture file (in parallel); a file that cannot be used is kept with its <see cref="Picture.Problem"/>.</summary>
    /// <param name="files">Site paths and the full path of each file.</param>
    public static PictureSet Read(IEnumerable<(string SitePath, string File)> files)
    {
        var list = files.Where(f => IsPictureName(f.File)).OrderBy(f => f.SitePath, StringComparer.Ordinal).ToList();
        var pictures = new Picture[list.Count];
        Parallel.For(0, list.Count, i => pictures[i] = PictureReader.Read(list[i].SitePath, list[i].File));
        return new PictureSet(pictures);
    }

    public static bool IsPictureName(string file) => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    /// <summary>The picture at a site path, or null when there is no picture file there.</summary>
    public Picture? Find(string sitePath) => _bySitePath.GetValueOrDefault(sitePath);

    /// <summary>The picture to draw for a link to <paramref name="sitePath"/>: the SVG of the same name in the same
    /// folder when there is a readable one (an editor who keeps <c>clock.png</c> beside <c>clock.svg</c> gets the SVG,
    /// drawn sharp at any size, whichever of the two the link names), otherwise the picture itself; null when there
    /// is no picture file there.</summary>
    public Picture? Preferred(string sitePath)
    {
        var picture = Find(sitePath);
        if (picture is null || picture.Kind == PictureKind.Vector) return picture;
        var dot = sitePath.LastIndexOf('.');
        return dot > sitePath.LastIndexOf('/') && Find(sitePath[..dot] + ".svg") is { IsReadable: true } svg ? svg : picture;
    }

    public int Count => _pictures.Count;
    public IEnumerator<Picture> GetEnumerator() => _pictures.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
