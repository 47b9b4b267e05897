namespace LocalOfferGen.Print.Layout;

/// <summary>How one role of text is set, in points.</summary>
public sealed record TextStyle(double Size, TextFace Face, double LineHeight, double SpaceBefore, double SpaceAfter, bool KeepWithNext = false);

/// <summary>The sizes and spacing of one kind of document. Body text is never below <see cref="MinimumBodySize"/>.</summary>
public sealed record TypeScale(
    TextStyle Title,
    TextStyle Heading,
    TextStyle Subheading,
    TextStyle Paragraph,
    TextStyle ListItem,
    double ListIndent,
    double BlockGap,
    double RowPictureGap)
{
    public const double MinimumBodySize = 12;

    public TextStyle For(TextRole role) => role switch
    {
        TextRole.Title => Title,
        TextRole.Heading => Heading,
        TextRole.Subheading => Subheading,
        TextRole.ListItem => ListItem,
        _ => Paragraph,
    };

    /// <summary>DL leaflets: 12 pt body (the least any leaflet uses), larger bold headings that stay with the text after them.</summary>
    public static TypeScale Leaflet { get; } = new(
        Title: new(22, TextFace.BoldFace, 26, 0, 8),
        Heading: new(14, TextFace.BoldFace, 17, 9, 3, KeepWithNext: true),
        Subheading: new(13, TextFace.BoldFace, 16, 6, 2, KeepWithNext: true),
        Paragraph: new(12, TextFace.Regular, 15.5, 0, 6),
        ListItem: new(12, TextFace.Regular, 15.5, 0, 2.5),
        ListIndent: 12,
        BlockGap: 6,
        RowPictureGap: 12);

    /// <summary>A5 leaflets: a wider page, so a size larger, which keeps lines to a comfortable length.</summary>
    public static TypeScale LeafletA5 { get; } = new(
        Title: new(24, TextFace.BoldFace, 28, 0, 8),
        Heading: new(15, TextFace.BoldFace, 18, 10, 3, KeepWithNext: true),
        Subheading: new(13, TextFace.BoldFace, 16, 7, 2, KeepWithNext: true),
        Paragraph: new(12, TextFace.Regular, 16, 0, 7),
        ListItem: new(12, TextFace.Regular, 16, 0, 3),
        ListIndent: 13,
        BlockGap: 7,
        RowPictureGap: 12);

    /// <summary>Easy read: 16 pt words at least, big headings, generous spacing.</summary>
    public static TypeScale EasyRead { get; } = new(
        Title: new(28, TextFace.BoldFace, 34, 0, 12),
        Heading: new(22, TextFace.BoldFace, 27, 14, 8, KeepWithNext: true),
        Subheading: new(18, TextFace.BoldFace, 23, 10, 6, KeepWithNext: true),
        Paragraph: new(16, TextFace.Regular, 22, 0, 10),
        ListItem: new(16, TextFace.Regular, 22, 0, 6),
        ListIndent: 20,
        BlockGap: 12,
        RowPictureGap: 16);

    /// <summary>A step-by-step guide on A4: easy-read sizes (16 pt words), each step's heading 20 pt with room above
    /// it, so the steps stand apart.</summary>
    public static TypeScale Journey { get; } = new(
        Title: new(28, TextFace.BoldFace, 34, 0, 10),
        Heading: new(20, TextFace.BoldFace, 25, 20, 6, KeepWithNext: true),
        Subheading: new(17, TextFace.BoldFace, 22, 10, 4, KeepWithNext: true),
        Paragraph: new(16, TextFace.Regular, 22, 0, 10),
        ListItem: new(16, TextFace.Regular, 22, 0, 6),
        ListIndent: 20,
        BlockGap: 12,
        RowPictureGap: 16);

    /// <summary>A book on A4 (the handbook, the directory): 12 pt body as the Word documents have, chapter titles
    /// 24 pt, page titles 17 pt and the headings inside them 14 pt, all kept with what follows.</summary>
    public static TypeScale Book { get; } = new(
        Title: new(24, TextFace.BoldFace, 29, 0, 10, KeepWithNext: true),
        Heading: new(17, TextFace.BoldFace, 21, 16, 5, KeepWithNext: true),
        Subheading: new(14, TextFace.BoldFace, 18, 10, 3, KeepWithNext: true),
        Paragraph: new(12, TextFace.Regular, 16, 0, 7),
        ListItem: new(12, TextFace.Regular, 16, 0, 3),
        ListIndent: 16,
        BlockGap: 8,
        RowPictureGap: 12);
}
