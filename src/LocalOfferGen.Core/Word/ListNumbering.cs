using System.Globalization;
using System.Text;

namespace LocalOfferGen.Word;

/// <summary>The numbering part (word/numbering.xml): one bullet definition and one numbered definition, and a
/// numbering instance per numbered list so each list starts again at its own first number. Screen readers
/// announce these as real lists, with their item count.</summary>
internal sealed class ListNumbering
{
    private const int BulletDefinition = 1;
    private const int NumberDefinition = 2;
    private const int BulletInstance = 1;
    private readonly List<int> _orderedStarts = [];

    public bool Used { get; private set; }

    /// <summary>The instance for bulleted lists; all of them share it.</summary>
    public int Bullets()
    {
        Used = true;
        return BulletInstance;
    }

    /// <summary>A new instance for a numbered list starting at <paramref name="start"/>.</summary>
    public int Numbers(int start)
    {
        Used = true;
        _orderedStarts.Add(start);
        return BulletInstance + _orderedStarts.Count;
    }

    /// <summary>The part's bytes. The two definitions are the same in every document, so they are made once.</summary>
    public byte[] Xml()
    {
        if (_orderedStarts.Count == 0) return BulletsOnly;
        var xml = new StringBuilder(Opening, Opening.Length + 160 * _orderedStarts.Count + 20);
        for (var i = 0; i < _orderedStarts.Count; i++)
            xml.Append(Invariant($"""<w:num w:numId="{BulletInstance + i + 1}"><w:abstractNumId w:val="{NumberDefinition}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="{_orderedStarts[i]}"/></w:lvlOverride></w:num>"""));
        xml.Append(Closing);
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    private const string Closing = "</w:numbering>";

    /// <summary>Everything before the numbered lists' instances: the definitions and the bullets' instance.</summary>
    private static readonly string Opening =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"""
        + Definition(BulletDefinition, level => ("bullet", (level % 3) switch { 0 => "\u2022", 1 => "\u2013", _ => "\u25AA" }))
        + Definition(NumberDefinition, level => ((level % 3) switch { 0 => "decimal", 1 => "lowerLetter", _ => "lowerRoman" }, $"%{level + 1}."))
        + Invariant($"""<w:num w:numId="{BulletInstance}"><w:abstractNumId w:val="{BulletDefinition}"/></w:num>""");

    private static readonly byte[] BulletsOnly = Encoding.UTF8.GetBytes(Opening + Closing);

    private static string Definition(int id, Func<int, (string Format, string Text)> level)
    {
        var xml = new StringBuilder(Invariant($"""<w:abstractNum w:abstractNumId="{id}"><w:multiLevelType w:val="hybridMultilevel"/>"""));
        for (var i = 0; i < 9; i++)
        {
            var (format, text) = level(i);
            xml.Append(Invariant($"""<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{format}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{567 * (i + 1)}" w:hanging="425"/></w:pPr></w:lvl>"""));
        }
        return xml.Append("</w:abstractNum>").ToString();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
