using System.Globalization;
using System.Net;
using System.Text;
using LocalOfferGen.Pictures;

namespace LocalOfferGen.Theming;

/// <summary>What the website publishes for each picture of the content, and the <c>&lt;img&gt;</c> that shows it.
/// Nothing is copied from content/images as it is: a raster picture (PNG, JPEG, GIF, WebP) is decoded and encoded
/// again by the picture core (upright, sRGB, PNG or JPEG, no metadata), and an SVG is published as sanitised SVG text
/// (no script, event handler or outside reference). The names:
/// <list type="bullet">
/// <item>the picture's own address for its main copy (<c>/images/photo.jpg</c>), at most <see cref="MainWidth"/>
/// pixels across, with the extension of what it now is: a WebP or GIF becomes <c>.png</c> or <c>.jpg</c>, and so does
/// a PNG photo the core encodes as JPEG (<c>/images/photo.webp</c> → <c>/images/photo.jpg</c>);</item>
/// <item>for a raster picture wider than <see cref="SrcsetAbove"/> pixels, smaller copies at each of
/// <see cref="Widths"/> below its own width, named <c>/images/photo-640w.jpg</c>, listed with the main copy in a
/// <c>srcset</c>, so a phone downloads the 640-pixel copy, not a 6 MB photo.</item>
/// </list>
/// A name that another picture already has gets <c>-2</c>, <c>-3</c> ... before its extension, pictures taken in site
/// path order, so the names are the same on every build.</summary>
public sealed class WebPictures
{
    /// <summary>The widths of the copies in a srcset, in pixels.</summary>
    public static readonly IReadOnlyList<int> Widths = [320, 640, 960, 1280, 1920];

    /// <summary>The widest main copy: sharp on a high-density screen across the 40em text column, a fraction of a photo.</summary>
    public const int MainWidth = 1280;

    /// <summary>A raster picture wider than this gets a srcset.</summary>
    public const int SrcsetAbove = 640;

    private readonly Dictionary<string, WebPicture> _bySitePath = new(StringComparer.Ordinal);

    public WebPictures(PictureSet pictures)
    {
        _pictures = pictures;
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase); // case-insensitively, as Windows and macOS see files
        var readable = pictures.Where(p => p.IsReadable).ToList();
        // Pictures that keep their own name claim it first, so a renamed WebP never takes a JPEG's address.
        var mains = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var keeps in new[] { true, false })
            foreach (var picture in readable.Where(p => KeepsName(p) == keeps))
                mains[picture.SitePath] = Claim(taken, Stem(picture.SitePath), MainExtension(picture));
        foreach (var picture in readable)
        {
            var main = mains[picture.SitePath];
            if (picture.Kind == PictureKind.Vector)
            {
                _bySitePath[picture.SitePath] = new WebPicture(picture, new WebPictureFile(main, picture.Width, picture.Height), []);
                continue;
            }
            var (width, height) = picture.FitSize(MainWidth, picture.Height);
            var mainFile = new WebPictureFile(main, width, height);
            var copies = new List<WebPictureFile>();
            if (picture.Width > SrcsetAbove)
            {
                foreach (var w in Widths.Where(w => w <= picture.Width && w != width))
                {
                    var (cw, ch) = picture.FitSize(w, picture.Height);
                    copies.Add(new WebPictureFile(Claim(taken, $"{Stem(picture.SitePath)}-{w}w", Path.GetExtension(main)), cw, ch));
                }
                // A picture between the main width and the widest copy is offered whole, too.
                if (picture.Width > width && picture.Width < Widths[^1] && !Widths.Contains(picture.Width))
                    copies.Add(new WebPictureFile(Claim(taken, $"{Stem(picture.SitePath)}-{picture.Width}w", Path.GetExtension(main)), picture.Width, picture.Height));
            }
            _bySitePath[picture.SitePath] = new WebPicture(picture, mainFile, copies);
        }
    }

    private readonly PictureSet _pictures;

    /// <summary>The published picture to show for a site path named in the content, or null when there is none. An SVG
    /// of the same name beside a raster picture is shown instead of it, as in every format (see <see cref="PictureSet.Preferred"/>);
    /// the raster picture is still published at its own address.</summary>
    public WebPicture? Find(string sitePath) =>
        _pictures.Preferred(sitePath) is { } preferred ? _bySitePath.GetValueOrDefault(preferred.SitePath) : null;

    /// <summary>The published copy of the picture at exactly this site path (no SVG preferred), or null.</summary>
    public WebPicture? Published(string sitePath) => _bySitePath.GetValueOrDefault(sitePath);

    /// <summary>Every published picture, in site path order.</summary>
    public IEnumerable<WebPicture> All => _bySitePath.Values.OrderBy(p => p.Source.SitePath, StringComparer.Ordinal);

    /// <summary>The extension the main copy is published with: the file's own when it still says what it is.</summary>
    private static string MainExtension(Picture picture)
    {
        if (picture.Kind == PictureKind.Vector) return ".svg";
        var own = Path.GetExtension(picture.SitePath);
        var encoded = EncodedExtension(picture);
        var same = own.ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => encoded == ".jpg",
            ".png" => encoded == ".png",
            _ => false,
        };
        return same ? own : encoded;
    }

    private static bool KeepsName(Picture picture) =>
        string.Equals(MainExtension(picture), Path.GetExtension(picture.SitePath), StringComparison.Ordinal);

    /// <summary>PNG or JPEG, as the core encodes the picture (decided by its pixels, so a small encoding answers).</summary>
    private static string EncodedExtension(Picture picture) => picture.Raster(MainWidth, picture.Height).Extension;

    private static string Stem(string sitePath) => sitePath[..^Path.GetExtension(sitePath).Length];

    private static string Claim(HashSet<string> taken, string stem, string extension)
    {
        var name = stem + extension;
        for (var n = 2; !taken.Add(name); n++) name = $"{stem}-{n.ToString(CultureInfo.InvariantCulture)}{extension}";
        return name;
    }
}

/// <summary>One published file of a picture: its site path and pixel size.</summary>
public sealed record WebPictureFile(string Path, int Width, int Height);

/// <summary>A picture as the website publishes it: its main copy (the <c>src</c>) and, for a large raster picture,
/// smaller copies for the <c>srcset</c>.</summary>
public sealed record WebPicture(Picture Source, WebPictureFile Main, IReadOnlyList<WebPictureFile> Copies)
{
    /// <summary>What each published file holds: PNG or JPEG bytes, or the sanitised SVG as UTF-8.</summary>
    public byte[] BytesOf(WebPictureFile file) => Source.Kind == PictureKind.Vector
        ? Encoding.UTF8.GetBytes(Source.SanitizedSvg())
        : Source.Raster(file.Width, Source.Height).Bytes;

    public IEnumerable<WebPictureFile> Files => Copies.Prepend(Main);

    /// <summary>The srcset value (addresses made relative by <paramref name="url"/>), or null without copies.</summary>
    public string? Srcset(Func<string, string> url) => Copies.Count == 0
        ? null
        : string.Join(", ", Files.OrderBy(f => f.Width).Select(f => $"{url(f.Path)} {f.Width.ToString(CultureInfo.InvariantCulture)}w"));

    /// <summary>An <c>&lt;img&gt;</c> element: its address, text alternative, width and height (so the page does not
    /// move as it loads), srcset and sizes for a large picture, and lazy loading unless it is
    /// <paramref name="eager"/> (the first picture of a page, often on the first screen).</summary>
    /// <param name="sizes">How wide the picture is shown, for the browser to choose from the srcset.</param>
    public string Img(Func<string, string> url, string alt, bool eager, string sizes, string? cssClass = null, string? title = null)
    {
        var html = new StringBuilder("<img");
        if (cssClass is not null) html.Append(" class=\"").Append(cssClass).Append('"');
        html.Append(" src=\"").Append(WebUtility.HtmlEncode(url(Main.Path))).Append('"');
        if (Srcset(url) is { } srcset)
            html.Append(" srcset=\"").Append(WebUtility.HtmlEncode(srcset)).Append("\" sizes=\"").Append(WebUtility.HtmlEncode(sizes)).Append('"');
        html.Append(" alt=\"").Append(WebUtility.HtmlEncode(alt)).Append('"');
        if (title is { Length: > 0 }) html.Append(" title=\"").Append(WebUtility.HtmlEncode(title)).Append('"');
        html.Append(" width=\"").Append(Main.Width.ToString(CultureInfo.InvariantCulture))
            .Append("\" height=\"").Append(Main.Height.ToString(CultureInfo.InvariantCulture)).Append('"');
        if (!eager) html.Append(" loading=\"lazy\" decoding=\"async\"");
        return html.Append('>').ToString();
    }
}
