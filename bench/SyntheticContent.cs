using System.Globalization;
using System.Text;

namespace LocalOfferGen.Benchmarks;

/// <summary>Writes a valid content folder of any size (per docs/content.md): information pages in
/// nested sections with headings, paragraphs, lists, tables and links to other pages; services; easy-read pages
/// using the sample's pictures; news; leaflets. The same seed always gives the same files, so runs compare.</summary>
public sealed class SyntheticContent(int pageCount, int serviceCount, int seed = 42)
{
    /// <summary>Pages per section folder and sub-sections per section: a tree three or four levels deep at 4,000 pages.</summary>
    private const int PagesPerSection = 12;
    private const int SubsectionsPerSection = 4;

    private static readonly string[] Words =
    [
        "support", "school", "family", "child", "young", "person", "help", "plan", "needs", "council", "health",
        "care", "learning", "teacher", "college", "nursery", "service", "advice", "assessment", "review", "meeting",
        "parent", "carer", "therapy", "speech", "language", "transport", "short", "breaks", "independence", "work",
        "home", "money", "budget", "team", "local", "offer", "written", "information", "decision", "weeks",
    ];

    /// <summary>Glossary terms from the sample glossary, so the glossary matcher has real work on every page.</summary>
    private static readonly string[] Terms = ["EHC plan", "SEN", "SEND", "EHC needs assessment", "special educational needs"];

    /// <summary>The ids of the built-in statutory topics (src/LocalOfferGen.Core/Topics/statutory-topics.yml), as a
    /// real Local Offer tags its pages and services: every page lists the services that share a topic with it.</summary>
    private string[] _topics = [];
    private static readonly string[] Categories = ["education", "health", "social-care", "advice", "leisure", "travel", "adulthood"];
    private static readonly string[] Needs = ["autism", "communication", "learning", "physical", "sensory", "social-emotional-mental-health", "medical"];
    private static readonly string[] AgeGroups = ["early-years", "primary", "secondary", "post-16"];

    public int EasyReadCount => Math.Max(1, pageCount / 10);
    public int LeafletCount => Math.Max(2, pageCount / 500);
    public int NewsCount => Math.Clamp(pageCount / 100, 3, 50);

    private static string[] StatutoryTopicIds(string file) =>
        File.ReadLines(file).Where(l => l.StartsWith("- id: ", StringComparison.Ordinal)).Select(l => l["- id: ".Length..].Trim()).ToArray();

    /// <summary>The page files, content-relative without <c>pages/</c> (e.g. <c>s1/s1-2/page-7.md</c>), home first.</summary>
    public IReadOnlyList<string> PageFiles { get; private set; } = [];

    /// <summary>Writes the content folder; <paramref name="sample"/> is the sample content, whose site settings,
    /// glossary, feedback and pictures are copied.</summary>
    public void Write(string contentDirectory, string sample)
    {
        _topics = StatutoryTopicIds(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sample))!, "src", "LocalOfferGen.Core", "Topics", "statutory-topics.yml"));
        if (Directory.Exists(contentDirectory)) Directory.Delete(contentDirectory, recursive: true);
        Directory.CreateDirectory(contentDirectory);
        foreach (var file in new[] { "site.yml", "glossary.yml" })
            File.Copy(Path.Combine(sample, file), Path.Combine(contentDirectory, file));
        CopyFolder(Path.Combine(sample, "feedback"), Path.Combine(contentDirectory, "feedback"));
        CopyFolder(Path.Combine(sample, "images"), Path.Combine(contentDirectory, "images"));
        var pictures = Directory.GetFiles(Path.Combine(sample, "images", "easy-read"), "*.png")
            .Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();

        var random = new Random(seed);
        PageFiles = PlanPages();
        var urls = PageFiles.Select(UrlOf).ToList();
        for (var i = 0; i < PageFiles.Count; i++)
            WriteFile(contentDirectory, "pages/" + PageFiles[i], PageText(random, i, urls));
        // Easy-read versions of every tenth page (not the home page, whose address /easy-read/ is the
        // generated list), at the same relative path as the page they simplify.
        for (var i = 0; i < EasyReadCount && 1 + i * 10 < PageFiles.Count; i++)
            WriteFile(contentDirectory, "easy-read/" + PageFiles[1 + i * 10], EasyReadText(random, i, PageFiles[1 + i * 10], pictures!));
        for (var i = 0; i < serviceCount; i++)
            WriteFile(contentDirectory, $"services/service-{i:D5}.yml", ServiceText(random, i, urls));
        for (var i = 0; i < NewsCount; i++)
            WriteFile(contentDirectory, $"news/2026-{1 + i % 12:D2}-{1 + i % 28:D2}-news-{i:D3}.md", NewsText(random, i, urls));
        for (var i = 0; i < LeafletCount; i++)
            WriteFile(contentDirectory, $"leaflets/leaflet-{i:D3}.yml", LeafletText(random, i));
    }

    /// <summary>The site path of a page file, as the generator's links and the Hugo copy use it.</summary>
    public static string UrlOf(string pageFile)
    {
        var path = pageFile[..^".md".Length];
        if (path == "index") return "/";
        if (path.EndsWith("/index", StringComparison.Ordinal)) path = path[..^"/index".Length];
        return "/" + path + "/";
    }

    /// <summary>Home, then sections breadth first: each section has an index page, up to
    /// <see cref="PagesPerSection"/> pages and up to <see cref="SubsectionsPerSection"/> sub-sections.</summary>
    private List<string> PlanPages()
    {
        var files = new List<string> { "index.md" };
        var sections = new Queue<string>();
        for (var s = 1; s <= 8; s++) sections.Enqueue($"section-{s}");
        while (files.Count < pageCount && sections.Count > 0)
        {
            var section = sections.Dequeue();
            files.Add(section + "/index.md");
            for (var p = 1; p <= PagesPerSection && files.Count < pageCount; p++) files.Add($"{section}/page-{p}.md");
            for (var s = 1; s <= SubsectionsPerSection; s++) sections.Enqueue($"{section}/part-{s}");
        }
        return files.Take(pageCount).ToList();
    }

    private string PageText(Random random, int index, List<string> urls)
    {
        var text = new StringBuilder();
        var title = index == 0 ? "Welcome to the Local Offer" : $"{Title(random)} {index}";
        text.Append("---\n")
            .Append("title: \"").Append(title).Append("\"\n")
            .Append("summary: \"").Append(Sentence(random, 14).TrimEnd('.')).Append(".\"\n")
            .Append("reviewed: ").Append(Date(random)).Append('\n')
            .Append("owner: ").Append("Local Offer Team ").Append(1 + index % 9).Append('\n')
            .Append("topics: [").Append(Pick(random, _topics)).Append(", ").Append(Pick(random, _topics)).Append("]\n")
            .Append("age_groups: [").Append(Pick(random, AgeGroups)).Append("]\n")
            .Append("categories: [").Append(Pick(random, Categories)).Append("]\n")
            .Append("weight: ").Append(random.Next(0, 50)).Append('\n')
            .Append("---\n\n");
        text.Append(Paragraph(random, urls)).Append("\n\n");
        var headings = random.Next(3, 6);
        for (var h = 0; h < headings; h++)
        {
            text.Append("## ").Append(Title(random)).Append(' ').Append(h + 1).Append("\n\n");
            text.Append(Paragraph(random, urls)).Append("\n\n");
            switch (h % 3)
            {
                case 0:
                    for (var i = random.Next(3, 6); i > 0; i--) text.Append("- ").Append(Sentence(random, 8)).Append('\n');
                    text.Append('\n');
                    break;
                case 1:
                    text.Append("### ").Append(Title(random)).Append("\n\n").Append(Paragraph(random, urls)).Append("\n\n");
                    for (var i = 1; i <= random.Next(3, 5); i++) text.Append(i).Append(". ").Append(Sentence(random, 7)).Append('\n');
                    text.Append('\n');
                    break;
                default:
                    text.Append("| Who | What they do | When |\n|---|---|---|\n");
                    for (var i = random.Next(2, 5); i > 0; i--)
                        text.Append("| ").Append(Title(random)).Append(" | ").Append(Sentence(random, 6)).Append(" | ")
                            .Append(random.Next(1, 20)).Append(" weeks |\n");
                    text.Append('\n');
                    break;
            }
        }
        return text.ToString();
    }

    private static string EasyReadText(Random random, int index, string pageFile, List<string> pictures)
    {
        var depth = pageFile.Count(c => c == '/') + 1; // easy-read/<folders>/file.md → up to content/
        var up = string.Concat(Enumerable.Repeat("../", depth));
        var text = new StringBuilder();
        text.Append("---\ntitle: \"Easy read ").Append(index).Append("\"\nsummary: \"An easy read page about getting help.\"\nreviewed: ")
            .Append(Date(random)).Append("\n---\n\n");
        for (var part = 1; part <= 3; part++)
        {
            text.Append("## Part ").Append(part).Append("\n\n");
            for (var row = 0; row < 3; row++)
            {
                var picture = pictures[random.Next(pictures.Count)];
                text.Append("![A picture of ").Append(picture[..^4].Replace('-', ' ')).Append("](").Append(up).Append("images/easy-read/")
                    .Append(picture).Append(") ").Append(Sentence(random, 8)).Append(' ').Append(Sentence(random, 6)).Append("\n\n");
            }
        }
        return text.ToString();
    }

    private string ServiceText(Random random, int index, List<string> urls)
    {
        var min = random.Next(0, 16);
        var text = new StringBuilder();
        text.Append("name: ").Append(Title(random)).Append(" service ").Append(index).Append('\n')
            .Append("organisation: ").Append(Title(random)).Append(" Trust\n")
            .Append("description: |\n  ").Append(Paragraph(random, urls)).Append("\n\n  ").Append(Sentence(random, 12)).Append('\n')
            .Append("categories: [").Append(Pick(random, Categories)).Append("]\n")
            .Append("needs: [").Append(Pick(random, Needs)).Append(", ").Append(Needs[index % Needs.Length]).Append("]\n")
            .Append("age_range: { min: ").Append(min).Append(", max: ").Append(Math.Min(25, min + random.Next(3, 12))).Append(" }\n")
            .Append("eligibility: |\n  ").Append(Sentence(random, 16)).Append('\n')
            .Append("how_to_access: |\n  ").Append(Sentence(random, 14)).Append('\n')
            .Append("cost: Free\n")
            .Append("contact:\n  phone: \"01234 5").Append((index % 100000).ToString("D5", CultureInfo.InvariantCulture)).Append("\"\n")
            .Append("  email: service").Append(index).Append("@example.gov.uk\n")
            .Append("locations:\n  - name: Centre ").Append(index).Append("\n    address: ").Append(index % 200 + 1).Append(" High Street, Exampletown\n    postcode: EX1 2BB\n")
            .Append("schedule: Monday to Friday, 9am to 5pm\n")
            .Append("in_area: ").Append(index % 7 == 0 ? "false" : "true").Append('\n')
            .Append("reviewed: ").Append(Date(random)).Append('\n')
            .Append("topics: [").Append(Pick(random, _topics)).Append("]\n");
        return text.ToString();
    }

    private static string NewsText(Random random, int index, List<string> urls) =>
        $"---\ntitle: \"News {index}: {Title(random)}\"\nsummary: \"{Sentence(random, 12)}\"\n---\n\n{Paragraph(random, urls)}\n\n{Paragraph(random, urls)}\n";

    private string LeafletText(Random random, int index)
    {
        var text = new StringBuilder();
        text.Append("title: Leaflet ").Append(index).Append('\n')
            .Append("size: ").Append(index % 2 == 0 ? "a5" : "dl").Append('\n')
            .Append("qr: /\nsections:\n");
        for (var s = 0; s < 2; s++)
            text.Append("  - heading: ").Append(Title(random)).Append("\n    text: |\n      ").Append(Sentence(random, 20)).Append('\n');
        var page = PageFiles[random.Next(1, PageFiles.Count)];
        text.Append("  - page: ").Append(page[..^".md".Length]).Append('\n');
        return text.ToString();
    }

    private static string Paragraph(Random random, List<string> urls)
    {
        var text = new StringBuilder();
        for (var s = random.Next(3, 6); s > 0; s--)
        {
            text.Append(Sentence(random, random.Next(8, 18))).Append(' ');
            if (random.Next(4) == 0) text.Append("Your ").Append(Terms[random.Next(Terms.Length)]).Append(" can help. ");
        }
        if (urls.Count > 1)
        {
            var target = urls[random.Next(1, urls.Count)];
            text.Append("Read [more about ").Append(Words[random.Next(Words.Length)]).Append("](").Append(target).Append(").");
        }
        return text.ToString().TrimEnd();
    }

    private static string Sentence(Random random, int words)
    {
        var text = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            var word = Words[random.Next(Words.Length)];
            text.Append(w == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word).Append(w + 1 < words ? " " : ".");
        }
        return text.ToString();
    }

    private static string Title(Random random)
    {
        var word = Words[random.Next(Words.Length)];
        return char.ToUpperInvariant(word[0]) + word[1..] + " and " + Words[random.Next(Words.Length)];
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    private static string Date(Random random) =>
        new DateOnly(2026, 1, 1).AddDays(random.Next(0, 300)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteFile(string root, string relative, string text)
    {
        var full = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text, new UTF8Encoding(false));
    }

    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
