using System.Globalization;
using System.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Crop marks at the trim corners and dashed fold marks at the folds, in registration colour (a Separation
/// colour space named All, which prints on every plate), drawn in the slug: the strip of <see cref="SlugMm"/> the page
/// gains outside the bleed on every side, so no mark reaches into the bleed or the trim. PDFsharp cannot paint a
/// Separation colour, so the marks are a content stream of their own, appended after the page's drawing (which leaves
/// the graphics state as it found it) and marked as an artifact.</summary>
internal static class PrintMarks
{
    /// <summary>The slug beyond the bleed on each side: a gap of <see cref="GapMm"/>, a mark of <see cref="LengthMm"/> and 1 mm to spare.</summary>
    public const double SlugMm = GapMm + LengthMm + 1;
    public const double GapMm = 2, LengthMm = 5, LineWidthPt = 0.25;
    private const string ColourSpaceName = "/Registration";

    /// <summary>The registration colour space of a document, made once and shared by its pages.</summary>
    public static PdfArray Registration(PdfDocument document)
    {
        var tint = new PdfDictionary(document);
        tint.Elements.SetInteger("/FunctionType", 2);
        tint.Elements["/Domain"] = Numbers(document, 0, 1);
        tint.Elements["/C0"] = Numbers(document, 0, 0, 0, 0);
        tint.Elements["/C1"] = Numbers(document, 1, 1, 1, 1);
        tint.Elements.SetInteger("/N", 1);
        var space = new PdfArray(document, new PdfName("/Separation"), new PdfName("/All"), new PdfName("/DeviceCMYK"), tint);
        document.Internals.AddObject(space);
        return space;
    }

    /// <summary>Appends the marks for a page whose trim box is <paramref name="trim"/> (PDF points, origin bottom left)
    /// with <paramref name="bleed"/> points of bleed; <paramref name="foldXs"/> are the folds' x positions.</summary>
    public static void Append(PdfPage page, PdfArray registration, XRect trim, double bleed, IEnumerable<double> foldXs)
    {
        var spaces = page.Resources.Elements.GetDictionary("/ColorSpace");
        if (spaces is null)
        {
            spaces = new PdfDictionary(page.Owner);
            page.Resources.Elements["/ColorSpace"] = spaces;
        }
        spaces.Elements.SetReference(ColourSpaceName, registration);

        var (gap, length) = (bleed + PrintUnits.Mm(GapMm), PrintUnits.Mm(LengthMm));
        var content = new StringBuilder();
        content.Append(CultureInfo.InvariantCulture, $"/Artifact BMC\nq\n{ColourSpaceName} CS 1 SCN\n{LineWidthPt} w 0 J []0 d\n");
        void Line(double x1, double y1, double x2, double y2) =>
            content.Append(CultureInfo.InvariantCulture, $"{x1:0.###} {y1:0.###} m {x2:0.###} {y2:0.###} l S\n");
        foreach (var x in (double[])[trim.Left, trim.Right])
        {
            Line(x, trim.Top - gap, x, trim.Top - gap - length); // PDF's y grows upwards: Top is the lower edge here
            Line(x, trim.Bottom + gap, x, trim.Bottom + gap + length);
        }
        foreach (var y in (double[])[trim.Top, trim.Bottom])
        {
            Line(trim.Left - gap, y, trim.Left - gap - length, y);
            Line(trim.Right + gap, y, trim.Right + gap + length, y);
        }
        content.Append("[3 2]0 d\n");
        foreach (var x in foldXs)
        {
            Line(x, trim.Top - gap, x, trim.Top - gap - length);
            Line(x, trim.Bottom + gap, x, trim.Bottom + gap + length);
        }
        content.Append("Q\nEMC");
        page.Contents.AppendContent().CreateStream(Encoding.ASCII.GetBytes(content.ToString()));
    }

    private static PdfArray Numbers(PdfDocument document, params double[] values) =>
        new(document, values.Select(v => (PdfItem)new PdfReal(v)).ToArray());
}

internal static class PrintUnits
{
    public const double PointsPerMm = 72 / 25.4;
    public static double Mm(double millimetres) => millimetres * PointsPerMm;
}
