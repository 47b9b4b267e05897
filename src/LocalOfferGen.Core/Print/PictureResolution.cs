using System.Globalization;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Pictures;
using LocalOfferGen.Print.Pdf;

namespace LocalOfferGen.Print;

/// <summary>How sharp a raster picture prints: its pixels per inch at the size it is placed. Offset print wants
/// 300 ppi; below that a picture looks soft (a warning), below 150 it looks blurred or blocky (an error). An SVG is
/// drawn as vectors, sharp at any size. A picture in the text is never placed larger than its size at 150 ppi
/// (see <see cref="Pictures"/>), so only the logo, drawn at a fixed height, can fail.</summary>
internal static class PictureResolution
{
    public const double WantedPpi = 300, LeastPpi = 150;

    /// <summary>The pixels per inch of <paramref name="picture"/> placed <paramref name="placedWidth"/> points wide.</summary>
    public static double PpiAt(Picture picture, double placedWidth) => picture.Width / (placedWidth / 72);

    /// <summary>Warns (LO0522) or fails (LO0523, returning false) at <paramref name="at"/> when a raster picture placed
    /// <paramref name="placedWidth"/> points wide has too few pixels.</summary>
    public static bool Check(Picture picture, double placedWidth, double placedHeight, SourceSpan at, string where, DiagnosticBag diagnostics)
    {
        if (picture.Kind == PictureKind.Vector) return true;
        var ppi = PpiAt(picture, placedWidth);
        if (ppi >= WantedPpi - 0.5) return true;
        var size = $"{Mm(placedWidth)} × {Mm(placedHeight)} mm";
        var wanted = $"{Math.Ceiling(placedWidth / 72 * WantedPpi)} × {Math.Ceiling(placedHeight / 72 * WantedPpi)} pixels";
        var name = picture.SitePath.TrimStart('/');
        var ppiText = ppi.ToString("0", CultureInfo.InvariantCulture);
        if (ppi < LeastPpi)
        {
            diagnostics.Error(DiagnosticCodes.PictureResolutionTooLow, at,
                $"the picture '{name}' {where} would print at {ppiText} pixels per inch ({picture.Width} × {picture.Height} pixels at {size}), " +
                $"below the {LeastPpi:0} at least that print needs: it would look blurred. Use a picture of at least {wanted}, or an SVG");
            return false;
        }
        diagnostics.Warning(DiagnosticCodes.PictureResolutionLow, at,
            $"the picture '{name}' {where} prints at {ppiText} pixels per inch ({picture.Width} × {picture.Height} pixels at {size}), " +
            $"below the {WantedPpi:0} a print shop wants, so it will look soft; use a picture of at least {wanted}, or an SVG");
        return true;
    }

    private static string Mm(double points) => (points / PrintUnits.PointsPerMm).ToString("0", CultureInfo.InvariantCulture);
}
