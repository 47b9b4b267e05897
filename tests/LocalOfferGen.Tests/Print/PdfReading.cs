using System.Diagnostics;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace LocalOfferGen.Tests.Print;

/// <summary>Reads back what a PDF reader or screen reader gets: boxes, words and the structure tree.</summary>
internal static class PdfReading
{
    public const double PointsPerMm = 72 / 25.4;

    public sealed record Tag(string Type, string? Alt, int Depth);

    public static double[] Box(Page page, string name)
    {
        var array = (ArrayToken)page.Dictionary.Data[name];
        return array.Data.Select(t => ((NumericToken)t).Double).ToArray();
    }

    /// <summary>A crop or fold mark: a line in registration colour, which PdfPig reports as its alternate, all four inks at 100%.</summary>
    public static bool IsMark(UglyToad.PdfPig.Graphics.PdfPath path) =>
        path.IsStroked && path.StrokeColor is UglyToad.PdfPig.Graphics.Colors.CMYKColor { C: 1, M: 1, Y: 1, K: 1 };

    /// <summary>The structure tree in reading order (depth first), starting below the root.</summary>
    public static List<Tag> StructureTree(PdfDocument document)
    {
        var tags = new List<Tag>();
        var root = Resolve(document, document.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]) as DictionaryToken;
        if (root is null) return tags;
        var stack = new Stack<(IToken, int)>();
        stack.Push((root.Data["K"], 0));
        while (stack.Count > 0)
        {
            var (token, depth) = stack.Pop();
            var value = Resolve(document, token);
            if (value is ArrayToken array)
            {
                for (var i = array.Data.Count - 1; i >= 0; i--) stack.Push((array.Data[i], depth));
                continue;
            }
            if (value is not DictionaryToken element || !element.Data.TryGetValue("S", out var type)) continue;
            var alt = element.Data.TryGetValue("Alt", out var a) && Resolve(document, a) is StringToken s ? s.Data : null;
            tags.Add(new Tag(((NameToken)type).Data, alt, depth));
            if (element.Data.TryGetValue("K", out var kids)) stack.Push((kids, depth + 1));
        }
        return tags;
    }

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;

    /// <summary>The words of the document in page order, as text extraction gives them.</summary>
    public static string Text(PdfDocument document) =>
        string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

    /// <summary>Runs a tool, or returns null when it is not installed.</summary>
    public static (int Code, string Output)? Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>Skips the test when a tool is missing, except in CI, where every tool must be installed.</summary>
    public static (int Code, string Output) Require((int Code, string Output)? result, string tool)
    {
        if (result is { } r) return r;
        if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"{tool} is not installed; CI must install it");
        Assert.Skip($"{tool} is not installed");
        return default;
    }
}
