using LocalOfferGen.Print.Colour;
using PdfSharp.Drawing;
using QRCoder;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Draws a QR code as vector squares, so it stays crisp at any print resolution.
/// The code includes its quiet zone (4 modules of white on each side) that scanners need; the zone is moved
/// out into the margin on the left, so the black squares line up with the text above and below. The squares are
/// black ink alone, overprinting; the quiet zone is paper white, knocking out anything under it.</summary>
internal static class QrDrawing
{
    private const int QuietZoneModules = 4;

    public static void Draw(XGraphics gfx, string url, XRect area)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var modules = matrix.Count;
        var size = Math.Min(area.Width, area.Height) / modules;
        area.X -= QuietZoneModules * size;
        gfx.DrawRectangle(PrintColours.Brush(PrintColours.Paper), area.X, area.Y, modules * size, modules * size);
        // One path of horizontal runs, filled once, so neighbouring modules have no hairline seams between them.
        var path = new XGraphicsPath { FillMode = XFillMode.Winding };
        for (var row = 0; row < modules; row++)
        {
            var column = 0;
            while (column < modules)
            {
                if (!matrix[row][column]) { column++; continue; }
                var start = column;
                while (column < modules && matrix[row][column]) column++;
                path.AddRectangle(area.X + start * size, area.Y + row * size, (column - start) * size, size);
            }
        }
        gfx.DrawPath(PrintColours.Brush(PrintColours.Black), path);
    }
}
