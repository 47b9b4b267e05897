using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>A4 with 2.5 cm margins, measured in twentieths of a point (twips) and EMUs for pictures.</summary>
internal static class PageLayout
{
    public const int PageWidth = 11906;
    public const int PageHeight = 16838;
    public const int Margin = 1418;
    public const int TextWidth = PageWidth - 2 * Margin;
    public const long EmuPerTwip = 635;
    public const long EmuPerPixel = 9525;

    /// <summary>The section properties every document ends with: A4 portrait, margins, and the footer. With
    /// <paramref name="coverWithoutFooter"/> the first page is a title page, and a title page with no first-page
    /// footer of its own shows none, in Word and in LibreOffice.</summary>
    public static SectionProperties Section(string footerId, bool coverWithoutFooter = false)
    {
        var section = new SectionProperties(
            new FooterReference { Type = HeaderFooterValues.Default, Id = footerId },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Portrait },
            new PageMargin
            {
                Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin,
                Header = 709, Footer = 567, Gutter = 0,
            });
        if (coverWithoutFooter) section.Append(new TitlePage());
        return section;
    }
}
