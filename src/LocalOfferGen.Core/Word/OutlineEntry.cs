namespace LocalOfferGen.Word;

/// <summary>A heading as the table of contents lists it.</summary>
internal sealed record OutlineEntry(int Level, string Text, string Bookmark);
