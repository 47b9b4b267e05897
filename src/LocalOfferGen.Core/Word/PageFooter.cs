using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>The footer of every page: the council and its phone number on the left, "Page 3 of 12" on the
/// right, so a loose printed page still says who to call.</summary>
internal static class PageFooter
{
    public static Footer Create(string contact) => new(
        new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }),
            new Run(new Text(contact) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new TabChar()),
            new Run(new Text("Page ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            Field(" PAGE ", "1"),
            new Run(new Text(" of ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            Field(" NUMPAGES ", "1")));

    private static SimpleField Field(string instruction, string shown) =>
        new(new Run(new RunProperties(new NoProof()), new Text(shown))) { Instruction = instruction };
}
