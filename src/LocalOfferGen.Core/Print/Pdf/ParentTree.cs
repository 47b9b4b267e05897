using PdfSharp.Pdf;
using PdfSharp.Pdf.Structure;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Keeps the structure tree's parent tree short while a long document is drawn. PDFsharp looks up a page's
/// entry in the parent tree root's <c>/Nums</c> by scanning it for every piece of marked content, and the array gains
/// an entry for every page and every link, so a book took time growing with the square of its length (a 777-page
/// book with 12,000 links: 4 minutes). Entries of finished pages move into leaves under <c>/Kids</c>, the number
/// tree's own way of splitting (PDF 32000-1, 7.9.7), which PDFsharp never scans.</summary>
internal static class ParentTree
{
    /// <summary>Entries (key and value pairs) the root may hold before they move to a leaf.</summary>
    private const int RootPairs = 256;

    /// <summary>Moves the root's entries to a leaf when there are many, or with <paramref name="all"/> whatever is
    /// there once it has leaves (a root has /Kids or /Nums, never both). Call it only between pages: the current
    /// page's entry must stay where PDFsharp looks for it.</summary>
    public static void Settle(PdfDocument document, PdfStructureTreeRoot root, bool all = false)
    {
        if (root.Elements.GetDictionary("/ParentTree") is not { } tree) return;
        var nums = tree.Elements.GetArray("/Nums");
        var kids = tree.Elements.GetArray("/Kids");
        if (nums is null || nums.Elements.Count == 0) return;
        if (!(nums.Elements.Count >= 2 * RootPairs || (all && kids is not null))) return;

        var leaf = new PdfDictionary(document);
        document.Internals.AddObject(leaf);
        var moved = new PdfArray(document);
        for (var i = 0; i < nums.Elements.Count; i++) moved.Elements.Add(nums.Elements[i]);
        leaf.Elements["/Nums"] = moved;
        leaf.Elements["/Limits"] = new PdfArray(document, nums.Elements[0], nums.Elements[^2]);
        if (kids is null)
        {
            kids = new PdfArray(document);
            tree.Elements["/Kids"] = kids;
        }
        kids.Elements.Add(leaf.Reference!);
        nums.Elements.Clear();
        if (all) tree.Elements.Remove("/Nums");
    }
}
