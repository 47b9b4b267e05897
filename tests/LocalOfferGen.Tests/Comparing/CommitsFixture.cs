using LocalOfferGen.Tests.Changes;

namespace LocalOfferGen.Tests.Comparing;

/// <summary>A small Local Offer in a real git repository with two commits (tagged <c>before</c> and <c>after</c>)
/// between which exactly one page changed, one service was added and one leaflet removed. The changed page also
/// moves its <c>reviewed</c> date to the newest in the site, which changes every page's "Information correct at"
/// footer and every PDF's metadata date: none of that may count as a change.</summary>
public sealed class CommitsFixture : IDisposable
{
    public CommitsFixture()
    {
        Content = new TestContent();
        Content.Write("leaflets/plans.yml", """
            title: EHC plans
            size: a5
            sections:
              - page: education/plans
            """);
        Content.Write("leaflets/schools.yml", """
            title: Schools
            size: a5
            sections:
              - page: education
              - heading: Ask us
                text: Phone the SEND Team.
            """);
        GitRepository.Init(Content.Root);
        GitRepository.CommitAll(Content.Root, new DateOnly(2026, 9, 10), "First version");
        GitRepository.Git(Content.Root, null, "tag", "before");

        Content.Write("pages/education/plans.md", File.ReadAllText(Path.Combine(Content.Content, "pages/education/plans.md"))
            .Replace("reviewed: 2026-09-01", "reviewed: 2026-11-20", StringComparison.Ordinal)
            .Replace("An EHC plan is a legal document.", "An EHC plan is a legal document. It says what help your child must get.", StringComparison.Ordinal));
        Content.Write("services/speech-therapy.yml", """
            name: Speech and language therapy
            organisation: Testshire Health
            description: Help with talking and understanding.
            categories: [health]
            needs: [communication]
            age_range: { min: 0, max: 18 }
            eligibility: Children who live in Testshire.
            how_to_access: Ask your GP.
            contact: { phone: 01234 000002 }
            reviewed: 2026-09-01
            """);
        Content.Delete("leaflets/plans.yml");
        GitRepository.CommitAll(Content.Root, new DateOnly(2026, 11, 20), "Plans, a new service, one leaflet fewer");
        GitRepository.Git(Content.Root, null, "tag", "after");
    }

    public TestContent Content { get; }

    public void Dispose() => Content.Dispose();
}
