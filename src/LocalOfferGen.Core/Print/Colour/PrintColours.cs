using System.Globalization;
using LocalOfferGen.ColourManagement;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Theming;
using PdfSharp.Drawing;

namespace LocalOfferGen.Print.Colour;

/// <summary>The colours the PDFs are printed in, all CMYK for the output profile's printing condition: the ink of
/// the words, the brand colour of the band and headings (both from the theme's <c>print/colours.txt</c>), paper
/// white, and the profile itself, which also converts the sRGB of pictures.</summary>
internal sealed record PrintColours(XColor Ink, XColor Brand, CmykOutputProfile Profile)
{
    public const string ColoursFile = "print/colours.txt";
    public const string ProfileFile = "print/FOGRA39L-argyll.icc";

    /// <summary>No ink at all: the paper. It knocks out whatever is under it (white never overprints).</summary>
    public static readonly XColor Paper = XColor.FromCmyk(0, 0, 0, 0);

    /// <summary>Black ink alone, for the QR code.</summary>
    public static readonly XColor Black = XColor.FromCmyk(0, 0, 0, 1);

    /// <summary>A brush of the colour; black ink alone overprints, so a slight misregister never shows a white edge.</summary>
    public static XSolidBrush Brush(XColor colour) => new(colour) { Overprint = OnlyBlack(colour) };

    public static XPen Pen(XColor colour, double width) => new(colour, width) { Overprint = OnlyBlack(colour) };

    private static bool OnlyBlack(XColor c) => c.C == 0 && c.M == 0 && c.Y == 0 && c.K > 0;

    /// <summary>Reads the theme's colours and profile; null, with the reasons reported, when either is unusable.</summary>
    public static PrintColours? Load(Theme theme, string themeName, DiagnosticBag diagnostics)
    {
        var shown = $"themes/{themeName}/{ColoursFile}";
        var failed = false;
        var colours = new Dictionary<string, XColor>(StringComparer.Ordinal);
        var lines = (theme.ReadText(ColoursFile) ?? "").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Split('#')[0].Trim();
            if (line.Length == 0) continue;
            var colon = line.IndexOf(':');
            var name = colon < 0 ? "" : line[..colon].Trim();
            var parts = colon < 0 ? [] : line[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var values = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
            if (name is not ("ink" or "brand") || values.Length != 4 || values.Any(v => !(v >= 0 && v <= 100)))
            {
                diagnostics.Error(DiagnosticCodes.PrintColourInvalid, new SourceSpan(shown, i + 1, 1),
                    $"'{line}' is not a print colour: write 'ink: C M Y K' or 'brand: C M Y K', four percentages from 0 to 100 (for example 'ink: 0 0 0 100')");
                failed = true;
                continue;
            }
            colours[name] = XColor.FromCmyk(values[0] / 100, values[1] / 100, values[2] / 100, values[3] / 100);
        }
        foreach (var name in (string[])["ink", "brand"])
            if (!failed && !colours.ContainsKey(name))
            {
                diagnostics.Error(DiagnosticCodes.PrintColourInvalid, SourceSpan.File(shown),
                    $"the print colour '{name}' is not given: add a line '{name}: C M Y K' (four percentages)");
                failed = true;
            }

        CmykOutputProfile? profile = null;
        try
        {
            profile = CmykOutputProfile.Read(theme.ReadBytes(ProfileFile) ?? throw new InvalidDataException("the file is missing"));
        }
        catch (InvalidDataException e)
        {
            diagnostics.Error(DiagnosticCodes.PrintProfileInvalid, SourceSpan.File($"themes/{themeName}/{ProfileFile}"),
                $"the output profile cannot be used for PDF/X-4 ({e.Message}): it must be a CMYK output ICC profile with CIELAB tables for the FOGRA39 printing condition");
            failed = true;
        }
        return failed || profile is null ? null : new PrintColours(colours["ink"], colours["brand"], profile);
    }
}
