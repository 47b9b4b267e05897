using PdfSharp.Drawing;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Crop marks at the trim corners and fold marks at panel edges, drawn in the bleed outside the trim
/// so the guillotine cuts them away. The caller tags them as artifacts.</summary>
internal static class PrintMarks
{
    private const double Gap = 0.75 * PrintUnits.PointsPerMm;

    /// <summary>Marks for a trim box at <paramref name="trim"/> inside a page with <paramref name="bleed"/> points of bleed.</summary>
    public static void DrawCropMarks(XGraphics gfx, XRect trim, double bleed)
    {
        if (bleed <= Gap) return;
        // A white halo under each black line keeps the marks visible over a colour that bleeds.
        foreach (var pen in (XPen[])[new XPen(XColors.White, 1), new XPen(XColors.Black, 0.25)])
        {
            foreach (var x in (double[])[trim.Left, trim.Right])
            {
                gfx.DrawLine(pen, x, 0, x, trim.Top - Gap);
                gfx.DrawLine(pen, x, trim.Bottom + Gap, x, trim.Bottom + bleed);
            }
            foreach (var y in (double[])[trim.Top, trim.Bottom])
            {
                gfx.DrawLine(pen, 0, y, trim.Left - Gap, y);
                gfx.DrawLine(pen, trim.Right + Gap, y, trim.Right + bleed, y);
            }
        }
    }

    /// <summary>Short dashed lines above and below the trim where the sheet folds.</summary>
    public static void DrawFoldMarks(XGraphics gfx, XRect trim, double bleed, IEnumerable<double> foldXs)
    {
        if (bleed <= Gap) return;
        var pen = new XPen(XColors.Black, 0.25) { DashStyle = XDashStyle.Dash };
        foreach (var x in foldXs)
        {
            gfx.DrawLine(pen, x, 0, x, trim.Top - Gap);
            gfx.DrawLine(pen, x, trim.Bottom + Gap, x, trim.Bottom + bleed);
        }
    }
}

internal static class PrintUnits
{
    public const double PointsPerMm = 72 / 25.4;
    public static double Mm(double millimetres) => millimetres * PointsPerMm;
}
