using LocalOfferGen.Fonts;
using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace LocalOfferGen.Print.Fonts;

/// <summary>PDFsharp's font resolver, set once for the whole process. It only hands PDFsharp the bytes of
/// fonts registered from the theme, so PDFsharp never looks for a font on the machine. Families and faces
/// are named by a hash of their bytes, so two themes with different files never share PDFsharp's cache.</summary>
public sealed class PrintFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static PrintFontResolver? _instance;
    private readonly ConcurrentDictionary<string, FontFamilyFaces> _families = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    public static PrintFontResolver Instance
    {
        get
        {
            lock (Gate)
            {
                if (_instance is not null) return _instance;
                _instance = new PrintFontResolver();
                GlobalFontSettings.FontResolver = _instance;
                return _instance;
            }
        }
    }

    /// <summary>Registers a family and returns the name to give PDFsharp's XFont.</summary>
    public string Register(FontFamilyFaces family)
    {
        var files = new[] { family.Regular, family.Bold, family.Italic, family.BoldItalic };
        foreach (var file in files.OfType<FontFileInfo>()) _faces.TryAdd(FaceName(file), file.Data);
        var name = $"{family.Family}#{string.Join("", files.Select(f => f is null ? "-" : FaceName(f)[..6]))}";
        _families.TryAdd(name, family);
        return name;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!_families.TryGetValue(familyName, out var family)) return null;
        var (file, simulateBold, simulateItalic) = family.Face(bold, italic);
        return new FontResolverInfo(FaceName(file), simulateBold, simulateItalic);
    }

    public byte[]? GetFont(string faceName) => _faces.TryGetValue(faceName, out var data) ? data : null;

    private static string FaceName(FontFileInfo file) => "face-" + file.Id;
}
