using System.Text.RegularExpressions;

namespace LocalOfferGen.Audit.Text;

/// <summary>Finds likely passive voice ("the form is sent", "you will be given"): a form of "to be"
/// followed by a past participle. It is a hint, not a rule: the passive is sometimes the right choice.</summary>
public static partial class PassiveVoice
{
    private static readonly HashSet<string> NotParticiples = new(StringComparer.OrdinalIgnoreCase)
    {
        "need", "feed", "speed", "bed", "red", "shed", "seed", "indeed", "exceed", "proceed", "succeed", "hundred", "kindred",
        "interested", "tired", "worried", "pleased", "scared", "bored", "excited", "married", "qualified", "disabled", "skilled",
        "based", "aged", "supposed", "used", "concerned", "involved", "allowed", "able", "called", "named", "closed", "limited",
    };

    /// <summary>The passive phrases in a sentence, such as "is sent".</summary>
    public static IReadOnlyList<string> Find(string sentence) => !Passive().IsMatch(sentence) ? [] :
        Passive().Matches(sentence)
            .Where(m => !NotParticiples.Contains(m.Groups["participle"].Value))
            .Select(m => m.Value)
            .ToList();

    [GeneratedRegex(@"\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|also|then|usually|often|always|only|now|still)\s+)?(?<participle>[a-z]{3,}ed|given|made|done|sent|seen|taken|paid|told|written|known|held|kept|built|brought|bought|found|shown|chosen|met|put|heard|sold|spent|taught|understood|driven|forgotten|hidden|set|left|run)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Passive();
}
