using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>An inline picture. Its description (the Markdown alt text) goes in the drawing's
/// <c>descr</c>, which is what Word's "Alt Text" shows and screen readers read.</summary>
internal static class PictureDrawing
{
    public static Drawing Create(PictureFile picture, string relationshipId, uint drawingId, string description, long maxWidth, long maxHeight)
    {
        var (width, height) = Fit(picture, maxWidth, maxHeight);
        var name = Path.GetFileName(picture.SitePath);
        return new Drawing(new Wp.Inline(
            new Wp.Extent { Cx = width, Cy = height },
            new Wp.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Wp.DocProperties { Id = drawingId, Name = $"Picture {drawingId}", Description = description },
            new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = description },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
    }

    /// <summary>The picture's size at 96 pixels an inch, shrunk (never enlarged) to fit the space.</summary>
    private static (long Width, long Height) Fit(PictureFile picture, long maxWidth, long maxHeight)
    {
        double width = picture.Width * PageLayout.EmuPerPixel;
        double height = picture.Height * PageLayout.EmuPerPixel;
        var scale = Math.Min(1, Math.Min(maxWidth / width, maxHeight / height));
        return ((long)Math.Round(width * scale), (long)Math.Round(height * scale));
    }
}
