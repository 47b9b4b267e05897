using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Loading.Yaml;

namespace LocalOfferGen.Changes;

/// <summary>Reads the optional <c>changes:</c> key of a page or service: a list of <c>{ date, note }</c>, each one
/// line telling families what changed (GOV.UK's change notes).</summary>
internal static class ChangesReader
{
    public const string Key = "changes";
    private static readonly string[] EntryKeys = ["date", "note"];

    public static IReadOnlyList<ChangeNote> Read(LoadContext context, YamlFields fields)
    {
        if (fields.List(Key) is not { } list) return [];
        var notes = new List<ChangeNote>();
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping entry)
            {
                context.Diagnostics.Error(DiagnosticCodes.ChangeNotDateAndNote, item.Span,
                    $"each of 'changes' is a date and a note, like '- {{ date: 2026-10-12, note: Added the short breaks policy }}', not {item.Kind}");
                continue;
            }
            var entryFields = context.Fields(entry, EntryKeys);
            if (!entryFields.Has("date"))
                context.Diagnostics.Error(DiagnosticCodes.ChangeWithoutDate, entry.Span,
                    "this change has no 'date': write the day it was made, like 'date: 2026-10-12', so families know when it changed");
            if (!entryFields.Has("note"))
                context.Diagnostics.Error(DiagnosticCodes.ChangeWithoutNote, entry.Span,
                    "this change has no 'note': write one line for families saying what changed");
            var date = entryFields.Date("date");
            var note = entryFields.Text("note");
            if (date is { } d && note is not null) notes.Add(new ChangeNote(d, note));
        }
        return notes;
    }
}
