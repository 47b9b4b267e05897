using LocalOfferGen.Events;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax;

namespace LocalOfferGen.Calendar;

/// <summary>An event's DESCRIPTION: plain text (calendar programs show no Markdown or HTML), with what a family
/// needs to decide and book when all they have is the calendar entry.</summary>
internal static class EventDescription
{
    public static string For(SiteEvent e, SiteSettings settings)
    {
        var parts = new List<string> { e.Summary };
        if (PlainText(e.Body) is { Length: > 0 } body) parts.Add(body);
        var facts = new List<string> { "Cost: " + (e.IsFree ? "free" : e.Cost) };
        var ages = e.AgeGroups.Select(id => settings.AgeGroups.FirstOrDefault(g => g.Id == id)?.Label ?? id).ToList();
        if (ages.Count > 0) facts.Add("For: " + string.Join("; ", ages));
        var needs = e.Needs.Select(id => settings.Needs.FirstOrDefault(n => n.Id == id)?.Label ?? id).ToList();
        if (needs.Count > 0) facts.Add("Needs: " + string.Join("; ", needs));
        if (e.Repeat?.TermTimeOnly == true) facts.Add("In school term time only.");
        if (e.BookingUrl is { } url) facts.Add("Book: " + url);
        if (e.BookingPhone is { } phone) facts.Add((e.BookingUrl is null ? "Book by phone: " : "Or phone: ") + phone);
        facts.Add("Organiser: " + e.Organiser);
        facts.Add("Details: " + settings.AbsoluteUrl(e.Url));
        parts.Add(string.Join("\n", facts));
        return string.Join("\n\n", parts);
    }

    /// <summary>Markdown as its words: a paragraph per block, a line per list item.</summary>
    private static string PlainText(MarkdownText markdown)
    {
        var blocks = new List<string>();
        foreach (var block in markdown.Document)
        {
            if (block is ListBlock list)
                blocks.Add(string.Join("\n", list.OfType<ListItemBlock>().Select(item => "- " + MarkdownWalker.PlainText(item))));
            else if (block is not ThematicBreakBlock && MarkdownWalker.PlainText(block) is { Length: > 0 } text)
                blocks.Add(text);
        }
        return string.Join("\n\n", blocks);
    }
}
