using System.Globalization;
using System.Text;
using LocalOfferGen.Print.Layout;

namespace LocalOfferGen.Print.Fonts;

/// <summary>Gives each character the first face of the chain that has it, splitting runs where the face changes,
/// so nothing is drawn as an empty box. A character no face has is left out and reported. Invisible formatting
/// characters (joiners, variation selectors, soft hyphens, controls) are left out silently: they draw nothing.</summary>
public sealed class GlyphFallback(PrintFontChain chain, UndrawableCharacters report) : IFaceFallback
{
    public IReadOnlyList<Run> Split(IReadOnlyList<Run> runs, BlockSource source)
    {
        var result = new List<Run>(runs.Count);
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            if (run.Text == Run.LineBreak) { result.Add(run); continue; }
            var font = -1;
            foreach (var rune in run.Text.EnumerateRunes())
            {
                if (IsInvisible(rune)) continue;
                // Spaces stay with the text around them: the line breaker splits words there anyway.
                var next = Rune.IsWhiteSpace(rune) ? Math.Max(font, 0) : chain.FontFor(rune.Value, run.Face.Bold, run.Face.Italic);
                if (next < 0)
                {
                    report.Add(source, rune, chain);
                    continue;
                }
                if (next != font && text.Length > 0) Flush();
                font = next;
                text.Append(rune.ToString());
            }
            if (text.Length > 0) Flush();

            void Flush()
            {
                result.Add(run with { Text = text.ToString(), Face = run.Face with { Font = font } });
                text.Clear();
            }
        }
        return result;
    }

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control
        || rune.Value is >= 0xFE00 and <= 0xFE0F or >= 0xE0100 and <= 0xE01EF;
}
