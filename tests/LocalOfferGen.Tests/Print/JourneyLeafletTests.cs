using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Print;

/// <summary>A leaflet section <c>journey: &lt;slug&gt;</c>: the sample's steps condensed in its A5 leaflet, and a
/// name that is no journey reported where it is written, with the nearest name.</summary>
[Collection(PrintedSampleCollection.Name)]
public sealed class JourneyLeafletTests(PrintedSample sample)
{
    private const string Journey = """
        title: Asking for an assessment
        summary: The steps to an EHC plan.
        reviewed: 2026-09-01
        owner: SEND Team
        steps:
          - heading: Talk to the school
            text: Ask the SENCO. Keep notes.
          - heading: Ask us
            timing: any time
            text: Write to us.
            links: [/education/plans/]
        """;

    [Fact]
    public void The_sample_leaflet_prints_each_step_with_its_number_heading_timing_and_first_sentence_then_the_journey_address()
    {
        var journey = ContentLoader.Load(Repository.Content).Site!.FindJourney("ehc-needs-assessment")!;
        using var pdf = PdfDocument.Open(File.ReadAllBytes(sample.PathOf("print/ehc-needs-assessment.pdf")));
        var text = string.Join(" ", PdfReading.Text(pdf).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var expected = new List<string> { journey.Title };
        foreach (var step in journey.Steps)
        {
            expected.Add(step.Join == LocalOfferGen.Journeys.JourneyJoin.None ? $"{step.Number}. {step.Heading}" : $"{(step.Join == LocalOfferGen.Journeys.JourneyJoin.And ? "And" : "Or")}: {step.Heading}");
            if (step.Timing is { } timing) expected.Add($"({timing})");
        }
        expected.AddRange(["Every step in full:", "localoffer.example.gov.uk/journeys/ehc-needs-assessment/"]);
        var at = 0;
        foreach (var phrase in expected)
        {
            var found = text.IndexOf(phrase, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{phrase}' is missing or out of order after position {at}");
            at = found + phrase.Length;
        }
        Assert.Contains("We look at what you and the school sent us.", text);
        Assert.DoesNotContain("We write to tell you our decision within 6 weeks.", text); // one sentence a step
        var tags = PdfReading.StructureTree(pdf);
        Assert.Contains(tags, t => t.Type == "Figure" && t.Alt == "QR code that opens https://localoffer.example.gov.uk/journeys/ehc-needs-assessment/");
    }

    [Fact]
    public void A_journey_that_does_not_exist_is_reported_at_its_line_and_column_with_the_nearest_name()
    {
        using var content = new TestContent()
            .Write("journeys/asking-for-an-assessment.yml", Journey)
            .Write("leaflets/steps.yml", """
                title: Steps
                size: a5
                sections:
                  - heading: Hello
                    text: Some words.
                  - journey: asking-for-an-asessment
                """);
        var result = content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LeafletUnknownJourney);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("leaflets/steps.yml", error.Path);
        Assert.Equal((6, 14), (error.Line, error.Column));
        Assert.Contains("there is no journey 'asking-for-an-asessment'", error.Message);
        Assert.Contains("did you mean 'asking-for-an-assessment'?", error.Message);
    }

    [Fact]
    public void A_name_far_from_every_journey_lists_the_journeys()
    {
        using var content = new TestContent()
            .Write("journeys/asking-for-an-assessment.yml", Journey)
            .Write("leaflets/steps.yml", "title: Steps\nsize: a5\nsections:\n  - journey: transport\n");
        var error = Assert.Single(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.LeafletUnknownJourney);
        Assert.Contains("the journeys are: asking-for-an-assessment", error.Message);
    }

    [Fact]
    public void A_journey_section_with_its_own_heading_is_refused()
    {
        using var content = new TestContent()
            .Write("journeys/asking-for-an-assessment.yml", Journey)
            .Write("leaflets/steps.yml", "title: Steps\nsize: a5\nsections:\n  - journey: asking-for-an-assessment\n    heading: Steps\n");
        var error = Assert.Single(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.LeafletJourneySectionMixed);
        Assert.Equal(5, error.Line);
        Assert.Contains("cannot also have 'heading'", error.Message);
    }

    [Fact]
    public void A_small_leaflet_with_a_journey_section_builds_and_fits_or_says_how_much_is_missing()
    {
        using var content = new TestContent()
            .Write("journeys/asking-for-an-assessment.yml", Journey)
            .Write("leaflets/steps.yml", "title: Steps\nsize: dl\nsections:\n  - journey: asking-for-an-assessment\n");
        var result = content.Build("print");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(content.Output, "print", "steps.pdf")));
        var text = PdfReading.Text(pdf);
        Assert.Contains("1. Talk to the school", text);
        Assert.Contains("Ask the SENCO.", text);
        Assert.DoesNotContain("Keep notes.", text);
        Assert.Contains("2. Ask us (any time)", text);
    }
}
