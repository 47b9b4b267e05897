using LocalOfferGen.Model;
using PdfSharp.Drawing;

namespace LocalOfferGen.Print.Pdf;

/// <summary>A panel of a leaflet: its place in reading order, the sheet side it is printed on and its left edge
/// and width (points from the trim's left edge).</summary>
internal sealed record PanelSlot(int Reading, int Side, double Left, double Width);

/// <summary>Sizes in points of a leaflet's sheets, panels and margins. A flat leaflet has one panel per page.
/// A trifold DL is a roll fold, numbered as print shops expect: outside [5 flap | 6 back | 1 front],
/// inside [2 | 3 | 4]; text runs 1, 2, 3, 4, 5 and the contact details close panel 6. Panels 4 and 5 (the flap
/// that folds in) are the narrow ones (100/100/97 mm by default). Text is set at the narrowest panel's measure in
/// every panel, so a line never changes its breaks between panels; <see cref="PanelWidth"/> is that narrowest width.</summary>
internal sealed record LeafletGeometry(double TrimWidth, double TrimHeight, double PanelWidth, double Bleed,
    double MarginX, double MarginY, int Sides, IReadOnlyList<PanelSlot> Slots)
{
    public const double A5Width = 148, A5Height = 210, DlWidth = 99, DlHeight = 210;

    public static LeafletGeometry For(Leaflet leaflet)
    {
        var bleed = PrintUnits.Mm(leaflet.BleedMm);
        if (leaflet.Fold == LeafletFold.Trifold)
        {
            var (a, b, c) = (PrintUnits.Mm(leaflet.PanelsMm[0]), PrintUnits.Mm(leaflet.PanelsMm[1]), PrintUnits.Mm(leaflet.PanelsMm[2]));
            PanelSlot[] slots =
            [
                new(4, 0, 0, c), new(5, 0, c, b), new(0, 0, c + b, a),
                new(1, 1, 0, a), new(2, 1, a, b), new(3, 1, a + b, c),
            ];
            return new(a + b + c, PrintUnits.Mm(DlHeight), Math.Min(a, Math.Min(b, c)), bleed, PrintUnits.Mm(8), PrintUnits.Mm(10), 2, slots);
        }
        var (width, marginX, marginY) = leaflet.Size == LeafletSize.A5
            ? (PrintUnits.Mm(A5Width), PrintUnits.Mm(14), PrintUnits.Mm(12))
            : (PrintUnits.Mm(DlWidth), PrintUnits.Mm(9), PrintUnits.Mm(10));
        var flat = Enumerable.Range(0, leaflet.Pages).Select(i => new PanelSlot(i, i, 0, width)).ToList();
        return new(width, PrintUnits.Mm(A5Height), width, bleed, marginX, marginY, leaflet.Pages, flat);
    }

    public int PanelCount => Slots.Count;
    public double PageWidth => TrimWidth + 2 * Bleed;
    public double PageHeight => TrimHeight + 2 * Bleed;
    public double ContentWidth => PanelWidth - 2 * MarginX;
    public double ContentHeight => TrimHeight - 2 * MarginY;
    public XRect Trim => new(Bleed, Bleed, TrimWidth, TrimHeight);

    /// <summary>A panel's area inside the trim, on its page.</summary>
    public XRect PanelArea(PanelSlot slot) => new(Bleed + slot.Left, Bleed, slot.Width, TrimHeight);

    /// <summary>Where the folds fall on a page, for fold marks.</summary>
    public IEnumerable<double> FoldXs() =>
        Slots.Where(s => s.Side == 0 && s.Left > 0).Select(s => Bleed + s.Left);
}
