using LocalOfferGen.Print.Colour;
using LocalOfferGen.Journeys;
using LocalOfferGen.Print.Layout;
using PdfSharp.Drawing;

namespace LocalOfferGen.Print.Pdf;

/// <summary>The left-hand column of a step-by-step guide, as GOV.UK's step-by-step draws it: each step's number
/// in a circle level with its heading ("and" or "or" in place of the circle for a step that goes with the one
/// before), and a line joining the circles down the side of the steps' text.</summary>
internal sealed class StepMarkers(PdfFontSet fonts, TypeScale scale, PrintColours colours)
{
    private const double Radius = 14, LineWidth = 2, Gap = 3;
    private const double NumberSize = 16, WordSize = 14;

    /// <summary>One step's placements on a page; <see cref="StartsHere"/> when its heading is among them.</summary>
    public sealed record StepRun(JourneyStep Step, IReadOnlyList<Layout.Placement> Placements, bool StartsHere);

    /// <summary>The middle of the marker beside a heading whose top is at <paramref name="headingTop"/>.</summary>
    private double MiddleY(double headingTop) => headingTop + scale.Heading.LineHeight / 2;

    /// <summary>The circles and the joining line of one page, drawn (as artifacts) before the words go on top.</summary>
    public void DrawCirclesAndLines(XGraphics gfx, IReadOnlyList<StepRun> runs, double x, double top)
    {
        var pen = PrintColours.Pen(colours.Brand, LineWidth);
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            var first = run.Placements[0];
            var last = run.Placements[^1];
            var from = top + first.Y;
            if (run.StartsHere)
            {
                var middle = MiddleY(top + first.Y);
                if (run.Step.Join == JourneyJoin.None)
                {
                    var circle = new XRect(x - Radius, middle - Radius, 2 * Radius, 2 * Radius);
                    gfx.DrawEllipse(pen, PrintColours.Brush(PrintColours.Paper), circle);
                }
                from = middle + Radius + Gap;
            }
            var to = top + last.Y + last.Height;
            if (i + 1 < runs.Count && runs[i + 1].StartsHere) to = MiddleY(top + runs[i + 1].Placements[0].Y) - Radius - Gap;
            if (to > from) gfx.DrawLine(pen, x, from, x, to);
        }
    }

    /// <summary>The step's number (or "and" / "or") centred in its circle: the list label a screen reader reads.</summary>
    public void DrawLabel(XGraphics gfx, JourneyStep step, double x, double headingTop)
    {
        var middle = MiddleY(headingTop);
        var size = step.Join == JourneyJoin.None ? NumberSize : WordSize;
        var font = fonts.Font(TextFace.BoldFace, size);
        var baseline = middle - Radius + fonts.BaselineOffset(TextFace.BoldFace, size, 2 * Radius);
        gfx.DrawString(step.Label, font, PrintColours.Brush(colours.Brand), x, baseline, XStringFormats.BaseLineCenter);
    }
}
