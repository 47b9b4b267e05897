using System.Globalization;
using System.Net;
using System.Text;

namespace LocalOfferGen.Audit.Reports;

/// <summary>One bar: its label, how much of the full width it fills (0 to 1), the words shown after it and its colour.</summary>
public sealed record Bar(string Label, double Fraction, string Value, string Colour);

/// <summary>A horizontal bar chart drawn as inline SVG. The SVG is hidden from screen readers because the
/// report prints the same numbers as a table beside it: the table is the text equivalent.</summary>
public static class SvgBarChart
{
    private const int LabelWidth = 230, BarWidth = 330, ValueWidth = 110, RowHeight = 30, BarHeight = 18;

    public static string Render(IReadOnlyList<Bar> bars)
    {
        var width = LabelWidth + BarWidth + ValueWidth;
        var height = Math.Max(1, bars.Count) * RowHeight + 6;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-hidden=\"true\" focusable=\"false\" class=\"chart\">");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * RowHeight + 6;
            var filled = Math.Round(Math.Clamp(bar.Fraction, 0, 1) * BarWidth, 1);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight - 4}\" text-anchor=\"end\">{E(bar.Label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{BarWidth}\" height=\"{BarHeight}\" fill=\"#f3f2f1\" stroke=\"#b1b4b6\"/>");
            if (filled > 0)
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{filled}\" height=\"{BarHeight}\" fill=\"{bar.Colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + BarWidth + 8}\" y=\"{y + BarHeight - 4}\">{E(bar.Value)}</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
