using System.Text;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Reads PDF objects (ISO 32000-1, 7.2 and 7.3) from a file's bytes: numbers, names, strings, arrays,
/// dictionaries and indirect references, with strings and comments skipped as the syntax says, so that no text
/// inside a string (a title holding "/Type/Catalog") can be taken for structure.</summary>
internal sealed class PdfSyntax(byte[] pdf)
{
    public int Position { get; set; }

    /// <summary>Told each dictionary key and where its value starts, as dictionaries are read.</summary>
    public Action<string, int>? DictionaryValue { get; set; }

    public byte[] Bytes => pdf;

    public sealed record Name(string Value);
    public sealed record Reference(long Number, long Generation);
    public sealed record Keyword(string Value);
    /// <summary>A string's raw bytes are not needed by any caller, only that it was skipped whole.</summary>
    public sealed record PdfString;

    public void SkipWhiteSpace()
    {
        while (Position < pdf.Length)
        {
            var b = pdf[Position];
            if (IsWhiteSpace(b)) Position++;
            else if (b == '%') // a comment runs to the end of the line
                while (Position < pdf.Length && pdf[Position] is not ((byte)'\n' or (byte)'\r')) Position++;
            else return;
        }
    }

    /// <summary>One object; an integer followed by another and <c>R</c> is read as a reference.</summary>
    public object? ReadObject()
    {
        SkipWhiteSpace();
        if (Position >= pdf.Length) throw Invalid("the file ends inside an object");
        var b = pdf[Position];
        switch (b)
        {
            case (byte)'/':
                Position++;
                return new Name(Regular());
            case (byte)'(':
                SkipLiteralString();
                return new PdfString();
            case (byte)'<' when Position + 1 < pdf.Length && pdf[Position + 1] == '<':
                return ReadDictionary();
            case (byte)'<':
                var close = Array.IndexOf(pdf, (byte)'>', Position);
                if (close < 0) throw Invalid("a hex string is not closed");
                Position = close + 1;
                return new PdfString();
            case (byte)'[':
                Position++;
                var items = new List<object?>();
                while (true)
                {
                    SkipWhiteSpace();
                    if (Position < pdf.Length && pdf[Position] == ']') { Position++; return items; }
                    items.Add(ReadObject());
                }
        }
        if (b is (byte)'+' or (byte)'-' or (byte)'.' or >= (byte)'0' and <= (byte)'9') return ReadNumberOrReference();
        var word = Regular();
        if (word.Length == 0) throw Invalid($"unexpected byte 0x{b:X2}");
        return word switch { "true" => true, "false" => false, "null" => null, _ => new Keyword(word) };
    }

    public Dictionary<string, object?> ReadDictionary()
    {
        SkipWhiteSpace();
        Expect("<<");
        var dictionary = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (true)
        {
            SkipWhiteSpace();
            if (Position + 1 < pdf.Length && pdf[Position] == '>' && pdf[Position + 1] == '>') { Position += 2; return dictionary; }
            if (ReadObject() is not Name key) throw Invalid("a dictionary key is not a name");
            SkipWhiteSpace();
            DictionaryValue?.Invoke(key.Value, Position);
            dictionary[key.Value] = ReadObject();
        }
    }

    public long ReadInteger()
    {
        SkipWhiteSpace();
        var start = Position;
        long value = 0;
        while (Position < pdf.Length && pdf[Position] is >= (byte)'0' and <= (byte)'9') value = checked(value * 10 + (pdf[Position++] - '0'));
        if (Position == start) throw Invalid("a number is expected");
        return value;
    }

    /// <summary>Reads the keyword, after any white space.</summary>
    public void Expect(string keyword)
    {
        SkipWhiteSpace();
        var bytes = Encoding.ASCII.GetBytes(keyword);
        if (!pdf.AsSpan(Position).StartsWith(bytes)) throw Invalid($"'{keyword}' is expected");
        Position += bytes.Length;
    }

    /// <summary>The header of an indirect object, <c>N G obj</c>, at the current position.</summary>
    public void ExpectObjectHeader(long number)
    {
        if (ReadInteger() != number) throw Invalid($"object {number} is not where the cross-reference table says");
        ReadInteger();
        Expect("obj");
    }

    public static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']'
        or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private string Regular()
    {
        var start = Position;
        while (Position < pdf.Length && !IsWhiteSpace(pdf[Position]) && !IsDelimiter(pdf[Position])) Position++;
        return Encoding.Latin1.GetString(pdf, start, Position - start);
    }

    private object ReadNumberOrReference()
    {
        var text = Regular();
        if (!long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var after = Position;
        SkipWhiteSpace();
        var generationStart = Position;
        var generation = Regular();
        if (generation.Length > 0 && generation.All(char.IsAsciiDigit) && generationStart > after)
        {
            SkipWhiteSpace();
            if (Position < pdf.Length && pdf[Position] == 'R'
                && (Position + 1 == pdf.Length || IsWhiteSpace(pdf[Position + 1]) || IsDelimiter(pdf[Position + 1])))
            {
                Position++;
                return new Reference(number, long.Parse(generation, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        Position = after;
        return number;
    }

    /// <summary>A literal string: balanced parentheses, a backslash escaping the next byte.</summary>
    private void SkipLiteralString()
    {
        var depth = 0;
        while (Position < pdf.Length)
        {
            var b = pdf[Position++];
            if (b == '\\') Position++;
            else if (b == '(') depth++;
            else if (b == ')' && --depth == 0) return;
        }
        throw Invalid("a string is not closed");
    }

    private InvalidOperationException Invalid(string what) => new($"the PDF cannot be read at byte {Position}: {what}");
}
