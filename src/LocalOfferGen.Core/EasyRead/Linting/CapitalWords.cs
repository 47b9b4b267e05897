namespace LocalOfferGen.EasyRead.Linting;

/// <summary>Finds text in BLOCK CAPITALS: 3 or more words in a row with no small letters.</summary>
internal static class CapitalWords
{
    public const int MinRun = 3;

    /// <summary>Each run of capital words: where it starts and ends in the text, and how many words it has.</summary>
    public static IReadOnlyList<(int Start, int End, int Count)> Runs(string text)
    {
        var runs = new List<(int, int, int)>();
        int start = 0, end = 0, count = 0;
        foreach (var word in Words.In(text))
        {
            if (IsCapitals(word.Value))
            {
                if (count == 0) start = word.Index;
                end = word.Index + word.Length;
                count++;
                continue;
            }
            if (count >= MinRun) runs.Add((start, end, count));
            count = 0;
        }
        if (count >= MinRun) runs.Add((start, end, count));
        return runs;
    }

    private static bool IsCapitals(string word) => word.Any(char.IsLetter) && !word.Any(char.IsLower);
}
