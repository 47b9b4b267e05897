using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Output;
using LocalOfferGen.Web.Events;
using LocalOfferGen.Web.Writers;

using LocalOfferGen.Theming;

namespace LocalOfferGen.Web;

/// <summary>The accessible website: every page, the services directory with its filter pages, search, the
/// A to Z, glossary, news and feed, What's on, its events and their calendar files, the step-by-step journeys, "You said, we did", the accessibility statement and the site files.</summary>
public sealed class WebFormat : IOutputFormat
{
    public string Name => "web";

    public void Write(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics)
    {
        var web = new WebContext(site, output, settings, diagnostics);
        var before = output.Written.Keys.ToHashSet(StringComparer.Ordinal);
        // The writers make different files from the same unchanging model, so they run side by side: the short
        // single-threaded ones (search index, sitemap, A to Z) then fill the gaps the page writers leave.
        Parallel.Invoke(
            () => ContentPagesWriter.Write(web),
            () => ServicePagesWriter.Write(web),
            () => SearchWriter.Write(web),
            () => AToZ.Write(web),
            () => GlossaryWriter.Write(web),
            () => NewsWriter.Write(web),
            () => WhatsOnWriter.Write(web),
            () => EventPagesWriter.Write(web),
            () => YouSaidWeDidWriter.Write(web),
            () => RecentChangesWriter.Write(web),
            () => JourneysWriter.Write(web),
            () => MyListWriter.Write(web),
            () => CalendarWriter.Write(web),
            () => SiteFilesWriter.Write(web));
        // Last: its version is a hash of every file the website wrote.
        ServiceWorkerWriter.Write(web, output.Written.Keys.Where(k => !before.Contains(k)).ToList());
    }
}
