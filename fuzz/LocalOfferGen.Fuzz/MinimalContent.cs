using System.Text;

namespace LocalOfferGen.Fuzz;

/// <summary>A small content folder that builds cleanly and touches every kind of file, so each fuzz run
/// is fast and a mutated file still meets working neighbours (links, glossary, leaflets).</summary>
public static class MinimalContent
{
    public sealed record ContentFile(string Path, string Text);

    public static readonly IReadOnlyList<ContentFile> Files =
    [
        new("site.yml", """
            title: Fuzz Local Offer
            authority: Fuzz Council
            base_url: https://localoffer.example.gov.uk/
            contact:
              phone: "01234 567890"
              email: localoffer@example.gov.uk
            feedback:
              url: https://www.example.gov.uk/feedback
            """),
        new("pages/index.md", """
            ---
            title: "Fuzz Local Offer"
            summary: "Help for children with SEND."
            reviewed: 2026-11-16
            owner: Local Offer Team
            topics: []
            weight: 0
            ---

            ## Welcome

            Read [about us](about/index.md) or ask about an EHC plan. ![A family](../images/family.png)

            > A quote with *emphasis* and `code`.

            - one
              - two
            """),
        new("pages/about/index.md", """
            ---
            title: "About"
            summary: "About the Local Offer."
            reviewed: 2026-10-05
            owner: Local Offer Team
            topics: [send-provision]
            categories: [advice]
            age_groups: [primary]
            weight: 90
            ---

            ## About

            Back to [home](/). See the [play scheme](/services/play-scheme/).

            | a | b |
            |---|---|
            | 1 | 2 |
            """),
        new("services/play-scheme.yml", """
            name: Play scheme
            organisation: Fuzz Council
            description: |
              Holiday fun for disabled children. See [about](/about/).
            eligibility: Disabled children aged 5 to 18.
            how_to_access: Phone us to register.
            cost: Free.
            categories: [social-care]
            needs: [autism, learning]
            age_range: { min: 5, max: 18 }
            contact:
              phone: "01234 567400"
            locations:
              - name: Hall
                address: Example Street
                postcode: EX1 1AA
            reviewed: 2026-10-26
            topics: []
            """),
        new("glossary.yml", """
            - term: EHC plan
              aliases: [EHCP]
              meaning: A legal document that says what help a child must get.
            """),
        new("news/2026-03-16-hub-opens.md", """
            ---
            title: Hub opens
            summary: A new hub opens.
            ---

            ## What the hub is

            It is at the [library](/about/).
            """),
        new("easy-read/about/index.md", """
            ---
            title: What is the Local Offer?
            summary: An easy-read guide.
            reviewed: 2026-10-12
            ---

            ## What it is

            ![A computer](../../images/family.png) The Local Offer is a website about an EHC plan.
            """),
        new("feedback/2025-to-2026.yml", """
            period: 2025 to 2026
            published: 2026-06-30
            how_we_asked: We asked families.
            items:
              - you_said: The website was hard to use.
                we_did: We rebuilt it.
                status: done
            """),
        new("leaflets/about.yml", """
            title: About the Local Offer
            size: a5
            qr: /about/
            sections:
              - heading: What is it?
                text: A website about help.
              - page: about/index
            """),
        new("topics.yml", """
            - id: local-topic
              title: A local topic
            """),
    ];

    /// <summary>A 1x1 PNG, so image links resolve and formats that embed pictures get a real one.</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    public static void WriteTo(string folder)
    {
        foreach (var file in Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, Encoding.UTF8);
        }
        Directory.CreateDirectory(Path.Combine(folder, "images"));
        File.WriteAllBytes(Path.Combine(folder, "images", "family.png"), Png);
    }
}
