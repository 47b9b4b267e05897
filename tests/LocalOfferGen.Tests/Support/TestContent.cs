using LocalOfferGen.Building;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests;

/// <summary>A small valid content folder in a temporary directory; tests add or replace files to plant problems.</summary>
public sealed class TestContent : IDisposable
{
    public TestContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "localoffer-test-" + Guid.NewGuid().ToString("N"));
        Content = Path.Combine(Root, "content");
        Write("site.yml", """
            title: Testshire Local Offer
            authority: Testshire Council
            base_url: https://localoffer.test.example/
            contact:
              phone: 01234 000000
              email: help@test.example
              address: Town Hall, Testtown, TE1 1ST
              opening_hours: Monday to Friday, 9am to 5pm
            feedback:
              url: https://test.example/feedback
            """);
        Write("pages/index.md", """
            ---
            title: Testshire Local Offer
            summary: Help for children and young people with SEND in Testshire.
            reviewed: 2026-09-01
            owner: Local Offer Team
            ---

            ## Welcome

            Read about [education](/education/) and [the EHC plan](education/plans.md).
            """);
        Write("pages/education/index.md", """
            ---
            title: Education
            summary: Schools, colleges and support.
            reviewed: 2026-09-01
            owner: SEND Team
            topics: [send-provision]
            ---

            ## Schools

            Every school has a SENCO. Ask them about SEN support.
            """);
        Write("pages/education/plans.md", """
            ---
            title: EHC plans
            summary: What an EHC plan is.
            reviewed: 2026-09-01
            owner: SEND Team
            weight: 1
            ---

            ## What it is

            An EHC plan is a legal document.

            | Step | Weeks |
            |---|---|
            | Decide | 6 |
            """);
        Write("services/portage.yml", """
            name: Portage
            organisation: Testshire Portage
            description: Home visits for young children.
            categories: [education]
            needs: [learning]
            age_range: { min: 0, max: 5 }
            eligibility: Children under 5 who live in Testshire.
            how_to_access: Ask your health visitor.
            contact: { phone: 01234 000001 }
            reviewed: 2026-09-01
            """);
        Write("glossary.yml", """
            - term: EHC plan
              aliases: [EHCP]
              meaning: A legal document about the help a child must get.
            - term: SENCO
              meaning: The teacher who organises extra help.
            """);
    }

    public string Root { get; }
    public string Content { get; }

    public TestContent Write(string path, string text)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text.ReplaceLineEndings("\n"));
        return this;
    }

    public TestContent WriteBytes(string path, byte[] bytes)
    {
        var full = Path.Combine(Content, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return this;
    }

    public TestContent Delete(string path)
    {
        File.Delete(Path.Combine(Content, path));
        return this;
    }

    public LoadResult Load() => ContentLoader.Load(Content);

    public string Output => Path.Combine(Root, "output");

    public BuildResult Build(params string[] formats) => SiteBuilder.Build(new BuildOptions
    {
        ContentDirectory = Content,
        OutputDirectory = Output,
        Formats = formats,
        Settings = new BuildSettings { Today = new DateOnly(2026, 11, 27) },
    });

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
