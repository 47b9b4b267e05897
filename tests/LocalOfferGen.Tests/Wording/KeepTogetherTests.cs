using AngleSharp.Html.Parser;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Tests.Print;
using LocalOfferGen.Tests.Word;
using LocalOfferGen.Wording;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Wording;

/// <summary>UK phone numbers and postcodes never break across lines, in any format.</summary>
public sealed class KeepTogetherTests
{
    private const char Nbsp = KeepTogether.NoBreakSpace;

    [Theory]
    [InlineData("Call 01234 567890 today.", "Call 01234\u00A0567890 today.")]
    [InlineData("Freephone 0800 123 4567.", "Freephone 0800\u00A0123\u00A04567.")]
    [InlineData("London: 020 7946 0000", "London: 020\u00A07946\u00A00000")]
    [InlineData("Text 07700 900123 or (01632) 960000", "Text 07700\u00A0900123 or (01632)\u00A0960000")]
    [InlineData("From abroad +44 1234 567890", "From abroad +44\u00A01234\u00A0567890")]
    [InlineData("+44 (0) 1234 567890", "+44\u00A0(0)\u00A01234\u00A0567890")]
    [InlineData("Town Hall, Exampletown EX1 2AB", "Town Hall, Exampletown EX1\u00A02AB")]
    [InlineData("SW1A 2AA and M1 1AE", "SW1A\u00A02AA and M1\u00A01AE")]
    public void Spaces_inside_phone_numbers_and_postcodes_become_no_break_spaces(string text, string expected) =>
        Assert.Equal(expected, KeepTogether.PhoneNumbersAndPostcodes(text));

    [Theory]
    [InlineData("For ages 0 to 25.")]
    [InlineData("In 2026 2027 and 2028.")]
    [InlineData("Reference 0123 45")]
    [InlineData("ex1 2ab is not written as a postcode")]
    [InlineData("Room 12 3AB")]
    public void Other_numbers_and_words_keep_their_spaces(string text) =>
        Assert.Equal(text, KeepTogether.PhoneNumbersAndPostcodes(text));

    [Fact]
    public void A_printed_line_breaks_before_a_phone_number_not_inside_it_and_draws_plain_spaces()
    {
        // 5 pt a character at 10 pt: "Phone us on 01234" would fit in 90 pt, the whole number does not.
        var lines = LineBreaker.Break([new Run("Phone us on 01234 567890 now")], 10, 90, new FixedWidthMeasurer());
        Assert.Equal(["Phone us on", "01234 567890 now"], lines.Select(l => l.Text));
    }

    [Fact]
    public void The_web_page_the_word_document_and_the_leaflet_keep_them_together()
    {
        using var content = new TestContent();
        content.Write("pages/education/plans.md", """
            ---
            title: EHC plans
            summary: Ring the SEND team on 01632 960123 to ask for one.
            reviewed: 2026-09-01
            owner: SEND Team
            ---

            Or write to Town Hall, Testtown TE1 1ST.
            """);
        content.Write("leaflets/plans.yml", """
            title: EHC plans
            size: a5
            sections:
              - page: education/plans
            """);
        var result = content.Build("web", "word", "print");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "education/plans/index.html")));
        var main = html.QuerySelector("main")!.TextContent;
        Assert.Contains($"01632{Nbsp}960123", main);
        Assert.Contains($"TE1{Nbsp}1ST", main);
        // The footer's contact details from site.yml too, and its tel: link is digits only.
        var footer = html.QuerySelector("footer")!;
        Assert.Contains($"01234{Nbsp}000000", footer.TextContent);
        Assert.Contains(footer.QuerySelectorAll("a"), a => a.GetAttribute("href") == "tel:01234000000");
        var service = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "services/portage/index.html")));
        Assert.Contains($"01234{Nbsp}000001", service.QuerySelector("main")!.TextContent);

        using (var doc = new DocxReader(Path.Combine(content.Output, "documents/education/plans.docx")))
            Assert.Contains($"01632{Nbsp}960123", DocxReader.TextOf(doc.Body));

        // A leaflet prints the page's summary. On paper the number is drawn with a plain space, so a reader who copies it gets what they would type.
        using var pdf = PdfDocument.Open(Path.Combine(content.Output, "print/plans.pdf"));
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));
        Assert.DoesNotContain(Nbsp, text);
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var first = words.Single(w => w.Text == "01632");
        var second = words.Single(w => w.Text == "960123");
        Assert.Equal(first.BoundingBox.Bottom, second.BoundingBox.Bottom, 0.01);
    }
}
