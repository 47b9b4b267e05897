using System.Buffers.Binary;

namespace LocalOfferGen.ColourManagement;

/// <summary>An ICC <c>lut16Type</c> ('mft2') transform (ICC.1:2001-04, 6.5.7): per-channel input curves, a
/// multidimensional colour look-up table interpolated linearly between its grid points, and per-channel output
/// curves, all on 16-bit values read as 0 to 1. The matrix only applies to XYZ input and is not used here.</summary>
internal sealed class IccLut16
{
    private readonly int _inputs, _outputs, _grid, _inputEntries, _outputEntries;
    private readonly ushort[] _inputCurves, _table, _outputCurves;

    private IccLut16(int inputs, int outputs, int grid, int inputEntries, int outputEntries, ushort[] inputCurves, ushort[] table, ushort[] outputCurves)
    {
        (_inputs, _outputs, _grid, _inputEntries, _outputEntries) = (inputs, outputs, grid, inputEntries, outputEntries);
        (_inputCurves, _table, _outputCurves) = (inputCurves, table, outputCurves);
    }

    public int Inputs => _inputs;
    public int Outputs => _outputs;

    public static IccLut16 Read(ReadOnlySpan<byte> span)
    {
        var tag = span.ToArray();
        if (tag.Length < 52 || !tag.AsSpan(0, 4).SequenceEqual("mft2"u8)) throw new InvalidDataException("the ICC tag is not a lut16Type");
        int inputs = tag[8], outputs = tag[9], grid = tag[10];
        int inputEntries = BinaryPrimitives.ReadUInt16BigEndian(tag.AsSpan(48)), outputEntries = BinaryPrimitives.ReadUInt16BigEndian(tag.AsSpan(50));
        if (inputs is < 1 or > 4 || outputs is < 1 or > 15 || grid < 2 || inputEntries < 2 || outputEntries < 2)
            throw new InvalidDataException("the lut16Type's sizes are out of range");
        var tableLength = (int)Math.Pow(grid, inputs) * outputs;
        var at = 52;
        ushort[] Words(int count)
        {
            if (at + 2 * count > tag.Length) throw new InvalidDataException("the lut16Type is cut short");
            var words = new ushort[count];
            for (var i = 0; i < count; i++) words[i] = BinaryPrimitives.ReadUInt16BigEndian(tag.AsSpan(at + 2 * i));
            at += 2 * count;
            return words;
        }
        var inputCurves = Words(inputs * inputEntries);
        var table = Words(tableLength);
        var outputCurves = Words(outputs * outputEntries);
        return new IccLut16(inputs, outputs, grid, inputEntries, outputEntries, inputCurves, table, outputCurves);
    }

    /// <summary>Transforms <paramref name="input"/> (each 0 to 1) into <paramref name="output"/> (each 0 to 1).</summary>
    public void Evaluate(ReadOnlySpan<double> input, Span<double> output)
    {
        Span<double> position = stackalloc double[4];
        Span<int> cell = stackalloc int[4];
        Span<double> fraction = stackalloc double[4];
        for (var i = 0; i < _inputs; i++)
        {
            position[i] = Curve(_inputCurves.AsSpan(i * _inputEntries, _inputEntries), input[i]) * (_grid - 1);
            cell[i] = Math.Min(_grid - 2, (int)Math.Floor(position[i]));
            fraction[i] = position[i] - cell[i];
        }
        Span<double> sum = stackalloc double[_outputs];
        sum.Clear();
        // Multilinear interpolation: every corner of the grid cell, weighted by how near the point is to it.
        for (var corner = 0; corner < 1 << _inputs; corner++)
        {
            var weight = 1.0;
            var index = 0;
            for (var i = 0; i < _inputs; i++)
            {
                var high = (corner >> (_inputs - 1 - i) & 1) == 1;
                weight *= high ? fraction[i] : 1 - fraction[i];
                index = index * _grid + cell[i] + (high ? 1 : 0);
            }
            if (weight == 0) continue;
            for (var o = 0; o < _outputs; o++) sum[o] += weight * _table[index * _outputs + o];
        }
        for (var o = 0; o < _outputs; o++)
            output[o] = Curve(_outputCurves.AsSpan(o * _outputEntries, _outputEntries), sum[o] / 65535.0);
    }

    /// <summary>A one-dimensional curve of evenly spaced 16-bit entries, interpolated linearly.</summary>
    private static double Curve(ReadOnlySpan<ushort> entries, double x)
    {
        var position = Math.Clamp(x, 0, 1) * (entries.Length - 1);
        var low = Math.Min(entries.Length - 2, (int)Math.Floor(position));
        var t = position - low;
        return (entries[low] * (1 - t) + entries[low + 1] * t) / 65535.0;
    }
}
