using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Model;

namespace LocalOfferGen.Files;

/// <summary>Reads content/files/: every document on the allowed list becomes a <see cref="DownloadFile"/> with its
/// size (and, for a PDF, its pages and tags); any other file is reported and left out, so it is never published.</summary>
internal static class DownloadsReader
{
    public const string Folder = "files";

    /// <param name="unpublished">Receives the site paths of the files left out, so a link to one can say why it fails.</param>
    public static IReadOnlyList<DownloadFile> Read(LoadContext context, ICollection<string> unpublished)
    {
        var files = context.Files.Enumerate(Folder, context.Diagnostics);
        var read = new DownloadFile?[files.Count];
        var bags = new DiagnosticBag[files.Count];
        // PDFs are parsed in parallel (a council may keep hundreds); each result keeps its file's place.
        Parallel.For(0, files.Count, i =>
        {
            bags[i] = new DiagnosticBag(context.Diagnostics);
            read[i] = InternalError.While($"reading {context.Display(files[i])}", () => ReadOne(context, files[i], bags[i]));
        });
        for (var i = 0; i < files.Count; i++)
            if (read[i] is null && FileTypes.For(files[i]) is null) unpublished.Add("/" + files[i]);
        var downloads = read.OfType<DownloadFile>().ToList();
        CheckUniqueAddresses(context, downloads);
        return downloads;
    }

    private static DownloadFile? ReadOne(LoadContext context, string file, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(context.Display(file));
        if (FileTypes.For(file) is not { } type)
        {
            diagnostics.Warning(DiagnosticCodes.FileTypeNotPublished, at,
                $"this file is not published: content/files/ may hold only {string.Join(", ", FileTypes.Extensions)} files " +
                "(see docs/content.md); save it as one of them, or move it out of the content folder");
            return null;
        }
        if (file.IndexOfAny(['#', '?', '%']) >= 0)
        {
            // Its address would be cut at the '#' or '?', or read as an escape at the '%': no link could reach it.
            diagnostics.Error(DiagnosticCodes.FileNameNotAnAddress, at,
                "this file's name has a '#', '?' or '%', which a web address cannot carry: rename it with letters, digits and hyphens, like short-breaks-policy.pdf");
            return null;
        }
        // Read through the content folder's one reader, so a link out of the folder is never followed.
        if (context.Files.CheckedFile(file, diagnostics, at) is not { } path) return null;
        var bytes = new FileInfo(path).Length;
        if (bytes == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, at, "this file is empty: families who download it get nothing; replace it with the real file");
            return null;
        }
        PdfFacts? pdf = null;
        if (type.IsPdf)
        {
            var (facts, problem) = PdfFacts.Read(path);
            if (facts is null)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, at,
                    $"this PDF cannot be read ({problem}); families may not be able to open it either: save it again as a PDF, without a password, from the program that made it");
                return null;
            }
            pdf = facts;
        }
        return new DownloadFile("/" + file, file, type, bytes, pdf);
    }

    /// <summary>Two files whose names differ only in letter case are one file on Windows and macOS.</summary>
    private static void CheckUniqueAddresses(LoadContext context, List<DownloadFile> downloads)
    {
        foreach (var group in downloads.GroupBy(d => d.SitePath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                context.Diagnostics.Error(DiagnosticCodes.DuplicateUrl, SourceSpan.File(context.Display(duplicate.SourcePath)),
                    $"this file's address {duplicate.SitePath} differs only in letter case from {context.Display(group.First().SourcePath)}: they clash on Windows and macOS; rename one");
    }
}
