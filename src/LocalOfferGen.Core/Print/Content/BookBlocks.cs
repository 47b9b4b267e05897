using System.Globalization;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using Markdig.Syntax.Inlines;
using Block = LocalOfferGen.Print.Layout.Block;

namespace LocalOfferGen.Print.Content;

/// <summary>One part of a book: it starts on a new page.</summary>
public sealed record BookChapter(IReadOnlyList<Block> Blocks);

/// <summary>A book as blocks: its cover, its chapters, the heading blocks that stand for a page or service of the site
/// (by full address, for "see page N"), the headings of the book's own outline (chapters, pages, categories, services:
/// not the headings inside a page's text) and how deep its contents list goes.</summary>
public sealed record BookContent(
    IReadOnlyList<Block> Cover,
    IReadOnlyList<BookChapter> Chapters,
    IReadOnlyDictionary<Block, string> Anchors,
    IReadOnlySet<Block> Outline,
    int ContentsLevel,
    int ContentsHeadingLevel);

/// <summary>The handbook (every page in book order, the directory of services, "You said, we did" and the glossary)
/// and the directory of services on its own, as blocks for an A4 book. A link to a page or service the book holds
/// prints "see page N" instead of its web address; <c>pageOf</c> gives N from the previous layout.</summary>
public static class BookBlocks
{
    public delegate PictureBlock? PictureFor(LinkInline link, BlockSource source);

    /// <summary>Builds headings with their book level, kept under the level before so none is skipped.</summary>
    private sealed class Writer(Site site, Func<string, int?> pageOf, PictureFor picture)
    {
        public readonly Dictionary<Block, string> Anchors = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<string> InBook = new(StringComparer.Ordinal);
        public readonly HashSet<Block> Outline = new(ReferenceEqualityComparer.Instance);
        public List<Block> Blocks = [];
        private int _lastLevel;

        public MarkdownBlocks Markdown() => new(site.Settings, site.FindDownload) { InBook = Reference };

        /// <summary>"see page 12" and a link to that page, for an address the book holds.</summary>
        public (string Words, string Link)? Reference(string absolute)
        {
            var key = WithoutFragment(absolute);
            if (!InBook.Contains(key) || pageOf(key) is not { } page) return null;
            return ($"see page {page.ToString(CultureInfo.InvariantCulture)}", BookLink.ToPage(page));
        }

        public TextBlock Heading(int level, string text, BlockSource source, string? anchor = null)
        {
            level = Math.Clamp(Math.Min(level, _lastLevel + 1), 1, 6);
            _lastLevel = level;
            var block = new TextBlock(RoleOf(level), [new Run(text)], source) { Level = level };
            Blocks.Add(block);
            Outline.Add(block);
            if (anchor is not null) Anchors[block] = WithoutFragment(anchor);
            return block;
        }

        public void Paragraph(params Run[] runs) => Blocks.Add(new TextBlock(TextRole.Paragraph, runs, Source("text")));

        /// <summary>Markdown whose top headings sit one below <paramref name="level"/>.</summary>
        public void Markdown(MarkdownText text, int level, BlockSource source)
        {
            if (text.IsEmpty) return;
            foreach (var block in Markdown().BlocksOf(text.Document, source, link => picture(link, source)))
            {
                if (block is TextBlock { Role: TextRole.Heading or TextRole.Subheading } heading)
                {
                    var wanted = Math.Clamp(level + (heading.Role == TextRole.Heading ? 1 : 2), 1, 6);
                    wanted = Math.Min(wanted, _lastLevel + 1);
                    _lastLevel = wanted;
                    Blocks.Add(heading with { Role = RoleOf(wanted), Level = wanted });
                }
                else Blocks.Add(block);
            }
        }

        public BlockSource Source(string name) => new(name, site.Home.Source);

        /// <summary>Says that the book holds this address, so links to it become "see page N".</summary>
        public void Holds(string url) => InBook.Add(WithoutFragment(site.Settings.AbsoluteUrl(url)));
    }

    private static TextRole RoleOf(int level) => level switch { 1 => TextRole.Title, 2 => TextRole.Heading, _ => TextRole.Subheading };

    private static string WithoutFragment(string url) => url.IndexOf('#') is var cut and >= 0 ? url[..cut] : url;

    public static BookContent Handbook(Site site, Func<string, int?> pageOf, PictureFor picture)
    {
        var settings = site.Settings;
        var w = new Writer(site, pageOf, picture);
        var book = BookOrder.Of(site);
        foreach (var entry in book) w.Holds(entry.Page.Url);
        foreach (var service in site.Services) w.Holds(service.Url);

        var cover = Cover(site, w, settings.Title,
            "Information, advice and services for children and young people aged 0 to 25 with special educational needs and disabilities (SEND), and their families");
        var chapters = new List<BookChapter>();
        foreach (var entry in book)
        {
            if (entry.Level == 1 && w.Blocks.Count > 0) { chapters.Add(new BookChapter(w.Blocks)); w.Blocks = []; }
            var page = entry.Page;
            var source = new BlockSource(page.Title, page.Source);
            w.Heading(entry.Level, page.Title, source, settings.AbsoluteUrl(page.Url));
            w.Blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold(page.Summary)], source));
            w.Markdown(page.Body, entry.Level, source);
            var online = settings.AbsoluteUrl(page.Url);
            w.Blocks.Add(new TextBlock(TextRole.Paragraph,
                [new Run("Online: "), new Run(PrintAddress.Display(online), default, online), new Run($". Information correct at {Date(page.Reviewed)}.")], source));
        }
        if (w.Blocks.Count > 0) { chapters.Add(new BookChapter(w.Blocks)); w.Blocks = []; }

        w.Heading(1, "Directory of services", w.Source("the directory"));
        w.Paragraph(new Run("Services for children and young people with SEND and their families, grouped by the kind of help they give."));
        Directory(site, w, 2, chapters, newPages: false);
        chapters.Add(new BookChapter(w.Blocks));
        w.Blocks = [];

        w.Heading(1, "You said, we did", w.Source("You said, we did"));
        Feedback(site, w);
        chapters.Add(new BookChapter(w.Blocks));
        w.Blocks = [];

        if (site.Glossary.Count > 0)
        {
            w.Heading(1, "Glossary", w.Source("the glossary"));
            w.Paragraph(new Run("What the words and abbreviations in this book mean."));
            foreach (var entry in site.Glossary)
            {
                w.Blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold(entry.Term)], w.Source(entry.Term), KeepWithNext: true));
                w.Blocks.Add(new TextBlock(TextRole.Definition, [new Run(entry.Meaning)], w.Source(entry.Term)));
            }
            chapters.Add(new BookChapter(w.Blocks));
        }
        return new BookContent(cover, chapters, w.Anchors, w.Outline, ContentsLevel: 2, ContentsHeadingLevel: 1);
    }

    /// <summary>The directory alone: a cover with its title, then every category in turn (each on a new page).</summary>
    public static BookContent Directory(Site site, Func<string, int?> pageOf, PictureFor picture)
    {
        var w = new Writer(site, pageOf, picture);
        foreach (var service in site.Services) w.Holds(service.Url);
        var cover = Cover(site, w, $"Directory of services: {site.Settings.Title}",
            $"Services for children and young people with special educational needs and disabilities (SEND), and their families, grouped by the kind of help they give");
        var chapters = new List<BookChapter>();
        Directory(site, w, 2, chapters, newPages: true);
        return new BookContent(cover, chapters, w.Anchors, w.Outline, ContentsLevel: 3, ContentsHeadingLevel: 2);
    }

    /// <summary>The title, what the book is, who publishes it and how to reach them: the cover page, its title an H1.</summary>
    private static List<Block> Cover(Site site, Writer w, string title, string subtitle)
    {
        var settings = site.Settings;
        var source = w.Source("the cover");
        w.Heading(1, title, source);
        w.Paragraph(new Run(subtitle));
        w.Paragraph(Run.Bold("Published by: "), new Run(settings.Authority));
        w.Paragraph(new Run($"Information correct at {Date(site.ContentDate)}."));
        w.Heading(2, "Contact the Local Offer team", source);
        var contact = settings.Contact;
        if (contact.Phone is { } phone) w.Paragraph(Run.Bold("Phone: "), new Run(phone, default, "tel:" + phone.Replace(" ", "", StringComparison.Ordinal)));
        if (contact.Email is { } email) w.Paragraph(Run.Bold("Email: "), new Run(email, default, "mailto:" + email));
        if (contact.Address is { } address) w.Paragraph(Run.Bold("Address: "), new Run(address));
        if (contact.OpeningHours is { } hours) w.Paragraph(Run.Bold("Opening hours: "), new Run(hours));
        w.Paragraph(Run.Bold("Website: "), new Run(PrintAddress.Display(settings.BaseUrl), default, settings.BaseUrl));
        w.Paragraph(new Run("You can ask us for this book in large print, easy read or another format."));
        var cover = w.Blocks;
        w.Blocks = [];
        return cover;
    }

    /// <param name="level">The categories' level; each service one below, its parts two below.</param>
    private static void Directory(Site site, Writer w, int level, List<BookChapter> chapters, bool newPages)
    {
        foreach (var category in Category.All.Append(Category.Other))
        {
            var inFull = site.Services.Where(s => Category.PrimaryOf(s) == category).ToList();
            var alsoHere = site.Services.Where(s => Category.PrimaryOf(s) != category && s.Categories.Contains(category.Id)).ToList();
            if (inFull.Count == 0 && alsoHere.Count == 0) continue;
            if (newPages && w.Blocks.Count > 0) { chapters.Add(new BookChapter(w.Blocks)); w.Blocks = []; }
            w.Heading(level, category.Label, w.Source(category.Label));
            foreach (var service in inFull) Service(site, w, service, level + 1);
            if (alsoHere.Count == 0) continue;
            var source = w.Source(category.Label);
            w.Blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold($"Also for {category.Label.ToLowerInvariant()}:")], source, KeepWithNext: true));
            var list = -chapters.Count * 100 - w.Blocks.Count - 1; // an id no Markdown list has (theirs count up from 1)
            foreach (var service in alsoHere)
            {
                var url = site.Settings.AbsoluteUrl(service.Url);
                (string Words, string Link) where = w.Reference(url) ?? ($"see {Category.PrimaryOf(service).Label}", url);
                w.Blocks.Add(new TextBlock(TextRole.ListItem,
                    [new Run(service.Name + ": "), new Run(where.Words, default, where.Link)], source, "•", list));
            }
        }
        if (w.Blocks.Count > 0 && newPages) { chapters.Add(new BookChapter(w.Blocks)); w.Blocks = []; }
    }

    private static void Service(Site site, Writer w, Service service, int level)
    {
        var source = new BlockSource(service.Name, service.Source);
        var url = site.Settings.AbsoluteUrl(service.Url);
        w.Heading(level, service.Name, source, url);
        void Fact(string label, string? value, string? link = null)
        {
            if (!string.IsNullOrWhiteSpace(value)) w.Blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold(label + ": "), new Run(value, default, link)], source));
        }
        Fact("Run by", service.Organisation);
        Fact("Last updated", Date(service.LastUpdated));
        if (!service.InArea) w.Blocks.Add(new TextBlock(TextRole.Paragraph, [new Run($"This service is outside the area of {site.Settings.Authority}.")], source));
        w.Markdown(service.Description, level, source);

        w.Heading(level + 1, "Who it is for", source);
        Fact("Ages", service.AgeRange.ToString());
        var needs = service.Needs.Select(id => site.Settings.Needs.FirstOrDefault(n => n.Id == id)?.Label ?? id).ToList();
        if (needs.Count > 0) Fact("Needs", string.Join(", ", needs));
        w.Markdown(service.Eligibility, level + 1, source);

        w.Heading(level + 1, "How to get it", source);
        w.Markdown(service.HowToAccess, level + 1, source);
        Fact("Cost", service.Cost);

        w.Heading(level + 1, "Contact", source);
        Fact("Phone", service.Contact.Phone, service.Contact.Phone is { } phone ? "tel:" + phone.Replace(" ", "", StringComparison.Ordinal) : null);
        Fact("Email", service.Contact.Email, service.Contact.Email is { } email ? "mailto:" + email : null);
        Fact("Website", service.Contact.Website is { } website ? PrintAddress.Display(website) : null, service.Contact.Website);

        if (service.Locations.Count > 0 || service.Schedule is not null)
        {
            w.Heading(level + 1, "Where and when", source);
            foreach (var location in service.Locations)
                w.Blocks.Add(new TextBlock(TextRole.Paragraph,
                    [new Run(string.Join(", ", new[] { location.Name, location.Address, location.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p))))], source));
            Fact("When", service.Schedule);
        }
        if (service.Accessibility is { } accessibility)
        {
            w.Heading(level + 1, "Accessibility", source);
            w.Blocks.Add(new TextBlock(TextRole.Paragraph, [new Run(accessibility)], source));
        }
        w.Blocks.Add(new TextBlock(TextRole.Paragraph,
            [new Run($"Information correct at {Date(service.Reviewed)}. Online: "), new Run(PrintAddress.Display(url), default, url)], source));
    }

    private static void Feedback(Site site, Writer w)
    {
        if (site.Feedback.Count == 0)
        {
            w.Paragraph(new Run("We have not published any comments yet."));
            return;
        }
        w.Paragraph(new Run("What children, young people and families told us about the Local Offer, and what we did about it."));
        foreach (var year in site.Feedback)
        {
            var source = new BlockSource(year.Period, year.Source);
            w.Heading(2, year.Period, source);
            if (year.HowWeAsked is { IsEmpty: false } asked) w.Markdown(asked, 2, source);
            foreach (var item in year.Items)
            {
                w.Blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold("You said: "), new Run(item.YouSaid)], source, KeepWithNext: true));
                w.Blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold("We did: "), new Run(item.WeDid), new Run($" ({Status(item.Status)})")], source));
            }
            w.Paragraph(new Run($"Published {Date(year.Published)}."));
        }
    }

    private static string Status(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Done => "done",
        FeedbackStatus.InProgress => "in progress",
        _ => "planned",
    };

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
