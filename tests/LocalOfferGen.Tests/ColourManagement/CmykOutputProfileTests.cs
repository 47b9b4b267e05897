using LocalOfferGen.ColourManagement;

namespace LocalOfferGen.Tests.ColourManagement;

/// <summary>The print format's one colour-management step, sRGB to FOGRA39 CMYK through the profile's B2A table,
/// checked against ArgyllCMS (<c>xicclu -fb -ip -pl</c> on the same profile, given each colour's CIELAB D50 value).</summary>
public class CmykOutputProfileTests
{
    private static readonly CmykOutputProfile Profile =
        CmykOutputProfile.Read(File.ReadAllBytes(Path.Combine(Repository.Root, "themes", "default", "print", "FOGRA39L-argyll.icc")));

    [Theory]
    [InlineData(0x0B, 0x3D, 0x6B, 99.07, 62.85, 0, 49.46)] // the website's brand blue, as themes/default/print/colours.txt has it
    [InlineData(255, 0, 0, 0, 94.65, 100, 0)]
    [InlineData(0, 128, 255, 79.78, 43.16, 0, 0)]
    [InlineData(128, 128, 128, 18.67, 15.57, 15.29, 54.49)]
    [InlineData(255, 255, 255, 0, 0, 0, 0)]
    public void Srgb_converts_to_the_cmyk_argyllcms_gives(int r, int g, int b, double c, double m, double y, double k)
    {
        var cmyk = Profile.FromSrgb(r / 255.0, g / 255.0, b / 255.0);
        // Within 1.5 percentage points: the Lab encoding's rounding and the table's interpolation differ slightly.
        Assert.Equal(c, cmyk.C * 100, 1.5);
        Assert.Equal(m, cmyk.M * 100, 1.5);
        Assert.Equal(y, cmyk.Y * 100, 1.5);
        Assert.Equal(k, cmyk.K * 100, 1.5);
    }

    [Fact]
    public void Srgb_to_lab_uses_the_d50_connection_space()
    {
        var (l, a, bb) = CmykOutputProfile.SrgbToLab(1, 1, 1);
        Assert.Equal(100, l, 0.01);
        Assert.Equal(0, a, 0.05);
        Assert.Equal(0, bb, 0.05);
        var red = CmykOutputProfile.SrgbToLab(1, 0, 0);
        Assert.Equal(54.29, red.L, 0.05);
        Assert.Equal(80.82, red.A, 0.05);
        Assert.Equal(69.88, red.B, 0.05);
    }

    [Fact]
    public void Anything_but_a_cmyk_output_profile_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => CmykOutputProfile.Read(new byte[200]));
        var bytes = File.ReadAllBytes(Path.Combine(Repository.Root, "themes", "default", "print", "FOGRA39L-argyll.icc"));
        "RGB "u8.CopyTo(bytes.AsSpan(16));
        Assert.Throws<InvalidDataException>(() => CmykOutputProfile.Read(bytes));
    }
}
