namespace LocalOfferGen.Word;

/// <summary>The type sizes of one kind of document, in points. Heading sizes go from level 1 to level 6.</summary>
internal sealed record Typography(double Body, IReadOnlyList<double> Headings, double Title)
{
    /// <summary>Standard documents: 12 pt body, the least councils' accessible documents policies allow.</summary>
    public static readonly Typography Standard = new(12, [20, 16, 14, 13, 12, 12], 28);

    /// <summary>Large print: 16 pt body and headings of 20 pt and up (RNIB clear print guidance).</summary>
    public static readonly Typography LargePrint = new(16, [28, 24, 22, 20, 20, 20], 36);

    /// <summary>Easy read: 16 pt body or more, with few and large headings.</summary>
    public static readonly Typography EasyRead = new(16, [28, 22, 20, 18, 18, 18], 32);

    /// <summary>The family the PDFs are set in; the font table names Arial as the fallback where it is not installed.</summary>
    public const string Font = "Atkinson Hyperlegible Next";

    public double Heading(int level) => Headings[Math.Clamp(level, 1, Headings.Count) - 1];

    /// <summary>Word measures type in half-points.</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
