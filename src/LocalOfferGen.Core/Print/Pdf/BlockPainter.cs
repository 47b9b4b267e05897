using LocalOfferGen.Print.Colour;
using LocalOfferGen.Print.Content;
using LocalOfferGen.Print.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Draws placed blocks on a page and tags each as it goes: headings H1 to H3, paragraphs P, lists
/// L/LI/Lbl/LBody, links with their annotations, and pictures and QR codes as figures with alternative text.</summary>
internal sealed class BlockPainter(PdfFontSet fonts, FlowLayout flow, PrintPictures.Document pictures, PrintColours colours)
{

    /// <summary>Draws the placements of one frame whose top left corner is at <paramref name="origin"/>, on the
    /// document's current page. Every element is closed at the end of the frame, so frames can be drawn in any order.</summary>
    public void Paint(TaggedPdf pdf, XGraphics gfx, IEnumerable<Placement> placements, XPoint origin, XBrush? textBrush = null)
    {
        var tags = pdf.Tags;
        var page = pdf.Ua.CurrentPage;
        int? openList = null;
        foreach (var placement in placements)
        {
            var top = origin.Y + placement.Y;
            if (placement.Block is not TextBlock { Role: TextRole.ListItem } && openList is not null) { tags.End(); openList = null; }
            switch (placement.Block)
            {
                case TextBlock { Role: TextRole.ListItem } item:
                    if (openList != item.ListId)
                    {
                        if (openList is not null) tags.End();
                        tags.BeginElement(PdfBlockLevelElementTag.List);
                        openList = item.ListId;
                    }
                    PaintListItem(tags, gfx, page, item, placement, origin.X, top, textBrush);
                    break;
                case TextBlock text:
                    tags.BeginElement(TagOf(text));
                    if (text.Role is TextRole.Title or TextRole.Heading or TextRole.Subheading && !placement.Continued)
                        pdf.Bookmark(string.Join(" ", placement.Lines.Select(l => l.Text.Trim())), (int)text.Role, gfx, new XPoint(origin.X, top));
                    var brush = textBrush ?? PrintColours.Brush(text.Role is TextRole.Paragraph or TextRole.Definition ? colours.Ink : colours.Brand);
                    PaintLines(tags, gfx, page, placement.Lines, flow.Scale.For(text.Role), origin.X + flow.IndentOf(text), top, brush);
                    tags.End();
                    break;
                case PictureBlock picture:
                    PaintPicture(tags, gfx, picture, origin.X, top);
                    break;
                case QrBlock qr:
                    var area = new XRect(origin.X, top, qr.Size, qr.Size);
                    tags.BeginElement(PdfIllustrationElementTag.Figure, qr.Alt, InDefaultUserSpace(gfx, area));
                    QrDrawing.Draw(gfx, qr.Url, area);
                    tags.End();
                    break;
                case RowBlock row:
                    PaintPicture(tags, gfx, row.Picture, origin.X, top);
                    tags.BeginElement(PdfBlockLevelElementTag.Paragraph);
                    var textX = origin.X + row.Picture.Width + flow.Scale.RowPictureGap;
                    var textHeight = placement.Lines.Count * flow.Scale.Paragraph.LineHeight;
                    // Short words sit level with the middle of their picture.
                    var textTop = top + Math.Max(0, (row.Picture.Height - textHeight) / 2);
                    PaintLines(tags, gfx, page, placement.Lines, flow.Scale.Paragraph, textX, textTop, textBrush ?? PrintColours.Brush(colours.Ink));
                    tags.End();
                    break;
            }
        }
        if (openList is not null) tags.End();
    }

    /// <summary>H1 to H6 by a book heading's own level, otherwise by the role; P for body text.</summary>
    private static PdfBlockLevelElementTag TagOf(TextBlock text) => (text.Role, text.Level) switch
    {
        (TextRole.Title or TextRole.Heading or TextRole.Subheading, >= 1 and <= 6) => HeadingTags[text.Level - 1],
        (TextRole.Title, _) => PdfBlockLevelElementTag.Heading1,
        (TextRole.Heading, _) => PdfBlockLevelElementTag.Heading2,
        (TextRole.Subheading, _) => PdfBlockLevelElementTag.Heading3,
        _ => PdfBlockLevelElementTag.Paragraph,
    };

    private static readonly PdfBlockLevelElementTag[] HeadingTags =
    [
        PdfBlockLevelElementTag.Heading1, PdfBlockLevelElementTag.Heading2, PdfBlockLevelElementTag.Heading3,
        PdfBlockLevelElementTag.Heading4, PdfBlockLevelElementTag.Heading5, PdfBlockLevelElementTag.Heading6,
    ];

    private void PaintListItem(StructureBuilder tags, XGraphics gfx, PdfPage page, TextBlock item, Placement placement, double x, double top, XBrush? textBrush)
    {
        var style = flow.Scale.For(TextRole.ListItem);
        var indent = flow.IndentOf(item);
        var brush = textBrush ?? PrintColours.Brush(colours.Ink);
        tags.BeginElement(PdfBlockLevelElementTag.ListItem);
        if (!string.IsNullOrEmpty(item.Label) && !placement.Continued)
        {
            tags.BeginElement(PdfBlockLevelElementTag.Label);
            var labelX = x + indent - flow.Scale.ListIndent;
            gfx.DrawString(item.Label, fonts.Font(style.Face, style.Size), brush,
                labelX, top + fonts.BaselineOffset(style.Face, style.Size, style.LineHeight), XStringFormats.BaseLineLeft);
            tags.End();
        }
        tags.BeginElement(PdfBlockLevelElementTag.ListBody);
        PaintLines(tags, gfx, page, placement.Lines, style, x + indent, top, brush);
        tags.End();
        tags.End();
    }

    private void PaintLines(StructureBuilder tags, XGraphics gfx, PdfPage page, IReadOnlyList<Line> lines, TextStyle style, double x, double top, XBrush brush)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var lineTop = top + i * style.LineHeight;
            foreach (var fragment in lines[i].Fragments)
            {
                var text = lines[i].BreaksAtSpace && ReferenceEquals(fragment, lines[i].Fragments[^1]) ? fragment.Text + " " : fragment.Text;
                // The layout has already given each fragment its role's bold or italic and the family that draws it.
                var face = fragment.Face;
                var baseline = lineTop + fonts.BaselineOffset(face, style.Size, style.LineHeight);
                var font = fonts.Font(face, style.Size);
                if (fragment.Link is null)
                {
                    gfx.DrawString(text, font, brush, x + fragment.X, baseline, XStringFormats.BaseLineLeft);
                    continue;
                }
                var box = new XRect(x + fragment.X, lineTop, fragment.Width, style.LineHeight);
                var area = new PdfRectangle(gfx.Transformer.WorldToDefaultPage(box));
                // "see page 12" in a book opens that page of the same document.
                var pageNumber = BookLink.PageOf(fragment.Link);
                var link = pageNumber is { } number ? PdfLinkAnnotation.CreateDocumentLink(area, number)
                    : PdfLinkAnnotation.CreateWebLink(area, fragment.Link);
                // PDFsharp stamps each annotation with a random name and the time now; neither is needed, and both break reproducible output.
                link.Elements.Remove("/NM");
                link.Elements.Remove("/M");
                tags.BeginElement(link, pageNumber is { } to ? $"Go to page {to}" : $"Link to {PrintAddress.Display(fragment.Link)}");
                gfx.DrawString(text, font, brush, x + fragment.X, baseline, XStringFormats.BaseLineLeft);
                tags.End();
            }
        }
    }

    /// <summary>PDFsharp writes a figure's /BBox as the rectangle it is given; the structure tree wants it in default user
    /// space (from the page's bottom left corner), so the drawing's own transform (slug, top-down y) is applied first.</summary>
    private static XRect InDefaultUserSpace(XGraphics gfx, XRect area) => gfx.Transformer.WorldToDefaultPage(area);

    private void PaintPicture(StructureBuilder tags, XGraphics gfx, PictureBlock picture, double x, double top)
    {
        var area = new XRect(x, top, picture.Width, picture.Height);
        tags.BeginElement(PdfIllustrationElementTag.Figure, picture.Alt, InDefaultUserSpace(gfx, area));
        pictures.Draw(gfx, picture.Picture, area);
        tags.End();
    }
}
