using System.Security.Cryptography;
using SkiaSharp;
using Svg.Skia.TypefaceProviders;

namespace LocalOfferGen.Pictures;

/// <summary>The fonts an SVG's text is drawn in. SkiaSharp's dependency-free native build reads no system font, so
/// text in an SVG is drawn only in fonts given here: a face whose family the SVG names (font-family lists are tried in
/// order), otherwise the first family given, in the nearest weight and slant. The formats pass the fonts they print
/// in, so an SVG's words look like the document around them and the same fonts give the same bytes on every machine.</summary>
public sealed class SvgFonts
{
    /// <summary>No fonts: SVG text is not drawn (shapes are).</summary>
    public static readonly SvgFonts None = new([], "none");

    private readonly IReadOnlyList<SKTypeface> _faces;

    private SvgFonts(IReadOnlyList<SKTypeface> faces, string key)
    {
        _faces = faces;
        Key = key;
    }

    /// <summary>Identifies the fonts (a hash of the files' bytes), so encodings made with different fonts are kept apart.</summary>
    internal string Key { get; }

    /// <summary>Fonts from TrueType or OpenType files; the first file's family is the one used for families not given.</summary>
    public static SvgFonts FromFiles(IEnumerable<string> files) => FromData(files.Select(File.ReadAllBytes));

    /// <summary>Fonts from the bytes of TrueType or OpenType files (fonts shipped inside the tool); the first one's
    /// family is the one used for families not given.</summary>
    public static SvgFonts FromData(IEnumerable<byte[]> fonts)
    {
        var faces = new List<SKTypeface>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var data in fonts)
        {
            if (SKTypeface.FromData(SKData.CreateCopy(data)) is not { } face) continue;
            faces.Add(face);
            hash.AppendData(data);
        }
        return faces.Count == 0 ? None : new SvgFonts(faces, Convert.ToHexString(hash.GetHashAndReset(), 0, 12));
    }

    internal ITypefaceProvider Provider() => new Chooser(this);

    /// <summary>The face for a CSS font-family list and style, or null when there are no fonts.</summary>
    internal SKTypeface? Choose(string families, SKFontStyleWeight weight, SKFontStyleSlant slant)
    {
        if (_faces.Count == 0) return null;
        var wanted = families.Split(',').Select(f => f.Trim().Trim('"', '\'')).Where(f => f.Length > 0);
        var family = wanted.Select(w => _faces.FirstOrDefault(f => string.Equals(f.FamilyName, w, StringComparison.OrdinalIgnoreCase))?.FamilyName)
            .FirstOrDefault(f => f is not null) ?? _faces[0].FamilyName;
        var italic = slant != SKFontStyleSlant.Upright;
        return _faces.Where(f => f.FamilyName == family)
            .OrderBy(f => (f.FontStyle.Slant != SKFontStyleSlant.Upright) == italic ? 0 : 1)
            .ThenBy(f => Math.Abs(f.FontStyle.Weight - (int)weight))
            .First();
    }

    private sealed class Chooser(SvgFonts fonts) : ITypefaceProvider
    {
        public SKTypeface? FromFamilyName(string fontFamily, SKFontStyleWeight fontWeight, SKFontStyleWidth fontWidth, SKFontStyleSlant fontStyle) =>
            fonts.Choose(fontFamily, fontWeight, fontStyle);
    }
}
