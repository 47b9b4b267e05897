namespace LocalOfferGen.Calendar;

/// <summary>The VTIMEZONE of Europe/London that every calendar file carries, so a calendar program without its
/// own time zone data still puts each event at the right moment: GMT (UTC+0) from the last Sunday of October at
/// 02:00 BST, British Summer Time (UTC+1) from the last Sunday of March at 01:00 GMT. The rules have been these
/// since 1996 (the EU's summer time dates).</summary>
internal static class LondonTimeZone
{
    public const string Id = "Europe/London";

    public static void Write(ICalendarText ics)
    {
        ics.Begin("VTIMEZONE");
        ics.Raw("TZID", Id);
        ics.Raw("X-LIC-LOCATION", Id);
        ics.Begin("DAYLIGHT");
        ics.Raw("TZOFFSETFROM", "+0000");
        ics.Raw("TZOFFSETTO", "+0100");
        ics.Raw("TZNAME", "BST");
        ics.Raw("DTSTART", "19810329T010000");
        ics.Raw("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        ics.End("DAYLIGHT");
        ics.Begin("STANDARD");
        ics.Raw("TZOFFSETFROM", "+0100");
        ics.Raw("TZOFFSETTO", "+0000");
        ics.Raw("TZNAME", "GMT");
        ics.Raw("DTSTART", "19961027T020000");
        ics.Raw("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        ics.End("STANDARD");
        ics.End("VTIMEZONE");
    }
}
