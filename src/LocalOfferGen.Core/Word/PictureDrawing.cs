using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Asvg = DocumentFormat.OpenXml.Office2019.Drawing.SVG;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>An inline picture. Its description (the Markdown alt text) goes in the drawing's
/// <c>descr</c>, which is what Word's "Alt Text" shows and screen readers read. An SVG is embedded the way Word
/// itself saves one: the blip names the PNG fallback and an <c>asvg:svgBlip</c> extension names the SVG, which
/// Word 2016 and later, Word for the web and LibreOffice draw; older programs show the PNG.</summary>
internal static class PictureDrawing
{
    /// <summary>The extension URI Word writes for an SVG picture.</summary>
    public const string SvgExtensionUri = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";

    public static Drawing Create(WordPicture picture, string relationshipId, string? svgRelationshipId, uint drawingId, string description)
    {
        var (width, height) = (picture.Width, picture.Height);
        var name = Path.GetFileName(picture.SitePath);
        var blip = new A.Blip { Embed = relationshipId };
        if (svgRelationshipId is not null)
            blip.Append(new A.BlipExtensionList(new A.BlipExtension(new Asvg.SVGBlip { Embed = svgRelationshipId }) { Uri = SvgExtensionUri }));
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
                    new Pic.BlipFill(blip, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = width, Cy = height }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        });
    }
}
