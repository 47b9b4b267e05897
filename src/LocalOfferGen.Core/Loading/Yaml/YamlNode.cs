using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Loading.Yaml;

/// <summary>A parsed YAML value that remembers where it stood in the file, so every diagnostic
/// can point at the real line and column (front-matter offset included).</summary>
public abstract record YamlNode(SourceSpan Span)
{
    public abstract string Kind { get; }
}

/// <summary>A plain value. <see cref="IsNull"/> is true for an empty value, <c>~</c> or <c>null</c> written plainly.</summary>
public sealed record YamlScalar(SourceSpan Span, string Value, bool IsPlain) : YamlNode(Span)
{
    public override string Kind => "a single value";
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

public sealed record YamlSequence(SourceSpan Span, IReadOnlyList<YamlNode> Items) : YamlNode(Span)
{
    public override string Kind => "a list";
}

public sealed record YamlMapping(SourceSpan Span, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Span)
{
    public override string Kind => "a set of keys";

    public YamlNode? this[string key]
    {
        get
        {
            foreach (var entry in Entries)
                if (entry.Key.Value == key) return entry.Value;
            return null;
        }
    }
}
