using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Print.Layout;

/// <summary>Where a block came from, for error messages: the leaflet section (or page) and its place in the source.</summary>
public sealed record BlockSource(string Name, SourceSpan At);

public enum TextRole
{
    Title,
    Heading,
    Subheading,
    Paragraph,
    ListItem,
    /// <summary>A definition in a definition list: body text indented below its term.</summary>
    Definition,
}

/// <summary>One thing the layout places: text, a picture, a QR code, or an easy-read row.</summary>
public abstract record Block(BlockSource Source);

/// <summary>A heading, paragraph or list item. A list item has a <see cref="Label"/> (bullet or number)
/// and a <see cref="ListId"/> shared by the items of one list; <see cref="Depth"/> indents nested lists.
/// <see cref="KeepWithNext"/> keeps a paragraph in the same frame as the start of the next block, as headings always are.</summary>
public sealed record TextBlock(TextRole Role, IReadOnlyList<Run> Runs, BlockSource Source, string? Label = null, int ListId = 0, int Depth = 0,
    bool KeepWithNext = false)
    : Block(Source)
{
    /// <summary>A heading's level in a document deeper than three (a book): tagged H1 to H6 by this rather than by its
    /// role, which only sets its size. 0: by the role (Title H1, Heading H2, Subheading H3).</summary>
    public int Level { get; init; }
}

/// <summary>A picture from a file, drawn at the given size in points, with its alternative text.</summary>
public sealed record PictureBlock(LocalOfferGen.Pictures.Picture Picture, string Alt, double Width, double Height, BlockSource Source) : Block(Source);

/// <summary>A QR code that opens <see cref="Url"/>, <see cref="Size"/> points square.</summary>
public sealed record QrBlock(string Url, string Alt, double Size, BlockSource Source) : Block(Source);

/// <summary>An easy-read row: a picture on the left, words on the right, never split across pages.</summary>
public sealed record RowBlock(PictureBlock Picture, IReadOnlyList<Run> Runs, BlockSource Source) : Block(Source);
