using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Print.Layout;

namespace LocalOfferGen.Print.Fonts;

/// <summary>Warns, once for each place and character, about characters the PDFs leave out because no font of the
/// chain can draw them. Shared by the documents of one build, which are made in parallel.</summary>
public sealed class UndrawableCharacters(DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<(SourceSpan, int), bool> _reported = new();

    public void Add(BlockSource source, Rune character, PrintFontChain chain)
    {
        if (!_reported.TryAdd((source.At, character.Value), true)) return;
        var code = "U+" + character.Value.ToString("X4", CultureInfo.InvariantCulture);
        var shown = Rune.GetUnicodeCategory(character) is UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            or UnicodeCategory.Surrogate ? code : $"'{character}' ({code})";
        diagnostics.Warning(DiagnosticCodes.UndrawableCharacter, source.At,
            $"the PDFs leave out the character {shown} in '{source.Name}': none of their fonts " +
            $"({string.Join(", ", chain.Families.Select(f => f.Family))}) can draw it. " +
            "Use another character or words, or add a font that has it to the theme's fonts folder (see docs/print.md)");
    }
}
