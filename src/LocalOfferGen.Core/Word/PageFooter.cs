using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>The footer of every page: the council and its phone number on the left, "Page 3 of 12" on the
/// right, so a loose printed page still says who to call.</summary>
internal static class PageFooter
{
    /// <param name="twoLines">Put the page number on a line of its own, when large type leaves no room beside the contact.</param>
    public static Footer Create(string contact, bool twoLines)
    {
        var first = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }), Words(contact));
        var second = twoLines ? new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" })) : first;
        if (!twoLines) second.Append(new Run(new TabChar()));
        second.Append(Words("Page "), Field(" PAGE ", "1"), Words(" of "), Field(" NUMPAGES ", "1"));
        return twoLines ? new Footer(first, second) : new Footer(first);
    }

    private static Run Words(string text) => new(new Text(LocalOfferGen.Wording.KeepTogether.PhoneNumbersAndPostcodes(text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });

    private static SimpleField Field(string instruction, string shown) =>
        new(new Run(new RunProperties(new NoProof()), new Text(shown))) { Instruction = instruction };
}
