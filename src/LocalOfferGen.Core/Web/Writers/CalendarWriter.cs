using LocalOfferGen.Calendar;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The What's on calendar files (see Calendar/): each event's "Add to calendar" file and the calendars
/// families subscribe to, at the addresses of <see cref="Events.EventUrls"/>.</summary>
internal static class CalendarWriter
{
    public static void Write(WebContext web)
    {
        // A serve rebuild of a few pages' text changes no event, so the full build's files stay.
        if (!web.CopiesFiles) return;
        foreach (var file in CalendarFiles.For(web.Site, web.Settings.Today))
            web.Output.WriteBytes(file.SitePath.TrimStart('/'), file.Bytes);
    }
}
