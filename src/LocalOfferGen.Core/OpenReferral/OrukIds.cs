using System.Security.Cryptography;
using System.Text;

namespace LocalOfferGen.OpenReferral;

/// <summary>Name-based UUIDs (RFC 9562 version 5, URL namespace). The name is an absolute address on the
/// council's own site, so an id is the same on every build and never collides with another council's.</summary>
public static class OrukIds
{
    private static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static Guid FromName(string name)
    {
        Span<byte> input = stackalloc byte[16];
        UrlNamespace.TryWriteBytes(input, bigEndian: true, out _);
        var bytes = input.ToArray().Concat(Encoding.UTF8.GetBytes(name)).ToArray();
        var hash = SHA1.HashData(bytes);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static string Text(Guid id) => id.ToString("D");
}
