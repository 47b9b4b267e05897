using System.Buffers;
using Scriban.Runtime;

namespace LocalOfferGen.Theming;

/// <summary>Where a template writes its text: a buffer borrowed from the shared pool and returned on dispose,
/// instead of a StringBuilder that grows in pieces and is then copied into a string. A page's text goes from
/// here straight into the file's bytes.</summary>
internal sealed class PooledTextOutput : IScriptOutput, IDisposable
{
    private char[] _buffer = ArrayPool<char>.Shared.Rent(16 * 1024);

    public int Length { get; private set; }

    public ReadOnlySpan<char> Text => _buffer.AsSpan(0, Length);

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _buffer.Length) Grow(Length + text.Length);
        text.CopyTo(_buffer.AsSpan(Length));
        Length += text.Length;
    }

    private void Grow(int needed)
    {
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _buffer.Length * 2));
        _buffer.AsSpan(0, Length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    /// <summary>Scriban's Render returns the output's text; the caller reads <see cref="Text"/> instead, so no copy is made.</summary>
    public override string ToString() => "";

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = [];
        Length = 0;
    }
}
