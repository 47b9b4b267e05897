using LocalOfferGen.Journeys;

namespace LocalOfferGen.Word;

/// <summary>A step-by-step journey as a Word document, the whole guide to print or post: its title as Heading 1,
/// its summary, then each step as Heading 2 ("Step 2: Ask for an assessment", or "And: ..." / "Or: ..." for a step
/// that goes with the one before), its timing in bold, its text and its links with their addresses printed, since
/// the guide is read on paper; and at the end where to find it online and who to ask.</summary>
internal static class JourneyDocument
{
    public static ArraySegment<byte> Write(Journey journey, WritingContext context, Typography type)
    {
        var site = context.Site;
        var package = new WordPackage(Wording.Info(site, journey.Title, journey.Summary), type);
        var body = package.Body;
        body.Append(package.Heading(1, journey.Title));
        body.Append(Paragraphs.Styled("Lead", Paragraphs.Text(journey.Summary)));
        var steps = journey.Steps.Count == 0 ? 0 : journey.Steps[^1].Number;
        body.Append(Paragraphs.Plain(
            Paragraphs.Text($"This guide has {(global::LocalOfferGen.Wording.Counts.Of(steps, "step"))}. You can also read it online at "),
            Wording.AddressLink(package, context, package.Main, journey.Url),
            Paragraphs.Text(".")));

        foreach (var step in journey.Steps)
        {
            body.Append(package.Heading(2, HeadingText(step)));
            if (step.Timing is { } timing)
            {
                // Kept with the text it times, as the heading above is.
                var when = Paragraphs.Plain(Paragraphs.Text("When: " + timing, bold: true));
                when.ParagraphProperties!.Append(new DocumentFormat.OpenXml.Wordprocessing.KeepNext());
                body.Append(when);
            }
            new MarkdownWriter(package, context, journey.Url, 2, step.Text.Document).Write(step.Text.Document);
            if (step.Links.Count == 0) continue;
            var list = package.Numbering.Bullets();
            foreach (var link in step.Links)
                body.Append(Paragraphs.ListItem(list,
                    Wording.Link(package, context, package.Main, link.Url, link.Text),
                    Paragraphs.Text($" ({MarkdownWriter.PrintedAddress(context.Absolute(link.Url))})")));
        }

        body.Append(package.Heading(2, "About this guide"));
        body.Append(Paragraphs.Plain(
            Paragraphs.Text($"This is a printable copy of a step-by-step guide of the {site.Settings.Title}. You can read it online at "),
            Wording.AddressLink(package, context, package.Main, journey.Url),
            Paragraphs.Text(".")));
        body.Append(Paragraphs.Plain(Paragraphs.Text($"Information correct at {Wording.Date(journey.Reviewed)}. Guide owner: {journey.Owner}.")));
        body.Append(Paragraphs.Plain(Paragraphs.Text("For help, or for this guide in large print or another format, contact the Local Offer team.")));
        body.Append(Wording.ContactDetails(package, context, package.Main));
        return package.Finish();
    }

    /// <summary>"Step 1: Talk to the school"; "And: Get free advice" for a step that goes with the one before.</summary>
    public static string HeadingText(JourneyStep step) => step.Join switch
    {
        JourneyJoin.And => "And: " + step.Heading,
        JourneyJoin.Or => "Or: " + step.Heading,
        _ => $"Step {step.Number}: {step.Heading}",
    };
}
