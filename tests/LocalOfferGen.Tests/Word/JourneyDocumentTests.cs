using System.Text.RegularExpressions;
using LocalOfferGen.Journeys;
using LocalOfferGen.Loading;
using LocalOfferGen.Markdown;
using Site = LocalOfferGen.Model.Site;

namespace LocalOfferGen.Tests.Word;

/// <summary>What a reader gets from each journey's Word document (documents/journeys/&lt;slug&gt;.docx), against the
/// journeys as the content defines them.</summary>
[Collection(WordSampleCollection.Name)]
public sealed class JourneyDocumentTests(WordSample sample)
{
    private static readonly Lazy<Site> Content = new(() => ContentLoader.Load(Repository.Content).Site!);

    public static TheoryData<string> Journeys => new(Content.Value.Journeys.Select(j => j.Slug));

    private static Journey JourneyOf(string slug) => Content.Value.FindJourney(slug)!;

    private DocxReader Open(string slug) => new(sample.PathOf(JourneyUrls.ForWord(slug).TrimStart('/')));

    private static string Absolute(string url) => url.StartsWith('/') ? "https://localoffer.example.gov.uk" + url : url;

    private static string Printed(string url) => Regex.Replace(Absolute(url), "^https?://", "");

    [Theory]
    [MemberData(nameof(Journeys))]
    public void The_title_is_heading_1_and_every_step_a_numbered_heading_2(string slug)
    {
        var journey = JourneyOf(slug);
        using var doc = Open(slug);
        var expected = new List<(int, string)> { (1, journey.Title) };
        foreach (var step in journey.Steps)
            expected.Add((2, step.Join switch
            {
                JourneyJoin.And => "And: " + step.Heading,
                JourneyJoin.Or => "Or: " + step.Heading,
                _ => $"Step {step.Number}: {step.Heading}",
            }));
        expected.Add((2, "About this guide"));
        Assert.Equal(expected, doc.Headings.Where(h => h.Level <= 2));
        Assert.Equal(journey.Title, doc.Document.PackageProperties.Title);
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public void Each_step_gives_its_timing_in_bold_its_text_and_its_links_with_their_addresses(string slug)
    {
        var journey = JourneyOf(slug);
        using var doc = Open(slug);
        var paragraphs = doc.Body.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().ToList();
        var texts = paragraphs.Select(DocxReader.TextOf).ToList();
        var at = texts.IndexOf(journey.Summary);
        Assert.True(at >= 0, "no summary");
        foreach (var step in journey.Steps)
        {
            at = texts.FindIndex(at + 1, t => t.EndsWith(step.Heading, StringComparison.Ordinal));
            Assert.True(at >= 0, $"no heading '{step.Heading}'");
            if (step.Timing is { } timing)
            {
                var when = paragraphs[at + 1];
                Assert.Equal("When: " + timing, texts[at + 1]);
                Assert.All(when.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
                Assert.NotNull(when.ParagraphProperties?.KeepNext);
            }
            // The first words of the step's text come next (its links print their address after their words).
            var first = MarkdownWalker.PlainText(MarkdownWalker.All<Markdig.Syntax.ParagraphBlock>(step.Text.Document).First());
            var words = first[..Math.Min(30, first.Length)];
            at = texts.FindIndex(at + 1, t => t.Replace("\n", " ").Contains(words, StringComparison.Ordinal));
            Assert.True(at >= 0, $"no text '{words}' in step '{step.Heading}'");
            foreach (var link in step.Links)
            {
                at = texts.FindIndex(at + 1, t => t == $"{link.Text} ({Printed(link.Url)})");
                Assert.True(at >= 0, $"no link '{link.Text} ({Printed(link.Url)})' in step '{step.Heading}'");
                Assert.Contains((link.Text, Absolute(link.Url)), doc.Links(paragraphs[at]));
                Assert.NotNull(paragraphs[at].ParagraphProperties?.NumberingProperties);
            }
        }
        Assert.Contains(Printed(journey.Url), doc.Text);
        Assert.Contains("Guide owner: " + journey.Owner, doc.Text);
    }

    [Fact]
    public void Every_journey_has_a_large_print_copy()
    {
        foreach (var journey in Content.Value.Journeys)
        {
            using var doc = new DocxReader(sample.PathOf($"documents/large-print/journeys/{journey.Slug}.docx"));
            Assert.Equal(16, doc.FontSize("Normal"));
            Assert.Equal(journey.Title, doc.Headings[0].Text);
        }
    }
}
