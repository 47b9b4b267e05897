using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace LocalOfferGen.Print.Fonts;

/// <summary>PDFsharp's font resolver, set once for the whole process. Families are registered under a
/// name that includes their files' paths, so two themes with different files never share PDFsharp's cache.</summary>
public sealed class PrintFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();
    private static PrintFontResolver? _instance;
    private readonly ConcurrentDictionary<string, FontFamilyFiles> _families = new(StringComparer.Ordinal);
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
    public string Register(FontFamilyFiles files)
    {
        var name = $"{files.Family}#{StableHash(files.Regular + "|" + files.Bold + "|" + files.Italic + "|" + files.BoldItalic)}";
        _families.TryAdd(name, files);
        return name;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!_families.TryGetValue(familyName, out var files)) return null;
        var file = files.FileFor(bold, italic);
        if (file is not null) return new FontResolverInfo(file);
        // No such face: use the nearest one and let PDFsharp simulate the rest.
        var boldFile = bold ? files.Bold : null;
        return new FontResolverInfo(boldFile ?? files.Regular, bold && boldFile is null, italic);
    }

    public byte[]? GetFont(string faceName) => _faces.GetOrAdd(faceName, File.ReadAllBytes);

    private static string StableHash(string text)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text));
        return Convert.ToHexString(bytes, 0, 6);
    }
}
