using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public class PlainEnglishCheckTests
{
    [Fact]
    public void Long_sentences_passive_voice_and_long_summaries_are_found()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("wordy", """
            We can help you. Your request is considered by a panel of professionals from education, health and social care who meet every two weeks to look at all of the requests that the council has received.

            Call us on weekdays.
            """, summary: "This page is planted. It has a summary. The summary is too long."));
        var findings = site.Audit().In("about/wordy.md");
        var longSentence = Assert.Single(findings.Coded(DiagnosticCodes.LongSentence));
        Assert.Contains("has 32 words", longSentence.Message);
        Assert.Equal(9, longSentence.Line);
        Assert.Contains("1 phrase may be passive: \"is considered\" (line 9)", Assert.Single(findings.Coded(DiagnosticCodes.PassiveVoice)).Message);
        Assert.Contains("3 sentences", Assert.Single(findings.Coded(DiagnosticCodes.LongSummary)).Message);
    }

    [Fact]
    public void A_hard_page_gets_its_scores_and_an_easy_one_does_not()
    {
        var hard = string.Join(' ', Enumerable.Repeat("Individualised educational provision necessitates comprehensive multidisciplinary consideration.", 20));
        var easy = string.Join(' ', Enumerable.Repeat("We can help you. Call us if you need to talk.", 12));
        using var site = AuditTestSite.With(AuditTestSite.Page("hard", hard), AuditTestSite.Page("easy", easy));
        var report = site.Audit();
        var finding = Assert.Single(report.In("about/hard.md").Coded(DiagnosticCodes.HardToRead));
        Assert.Contains("reading ease -", finding.Message);
        Assert.Empty(report.In("about/easy.md").Coded(DiagnosticCodes.HardToRead));
        var easyScores = report.Readability.Single(r => r.Url == "/about/easy/");
        Assert.True(easyScores.IsScored);
        Assert.True(easyScores.Scores.ReadingEase > 90);
    }

    [Fact]
    public void Thresholds_come_from_site_yml()
    {
        var settings = File.ReadAllText(Path.Combine(Repository.Content, "site.yml"))
            + "\naudit:\n  max_sentence_words: 10\n  max_summary_sentences: 1\n";
        using var site = AuditTestSite.With(("site.yml", settings),
            AuditTestSite.Page("strict", "This sentence has exactly eleven words in it, which is many.", summary: "One. Two."));
        var findings = site.Audit().In("about/strict.md");
        Assert.Contains("aim for 10 or fewer", Assert.Single(findings.Coded(DiagnosticCodes.LongSentence)).Message);
        Assert.Single(findings.Coded(DiagnosticCodes.LongSummary));
    }

    [Fact]
    public void Abbreviations_must_be_explained_on_the_page()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("abbreviations", """
            The PQRS team can help. The Local Area Transport Service (LATS) runs buses. Ask XYZW (the youth zone) about clubs. The NHS and your GP can help too.

            READ THIS BEFORE YOU APPLY.
            """));
        var findings = site.Audit().In("about/abbreviations.md").Coded(DiagnosticCodes.AcronymUnexplained);
        Assert.Contains("\"PQRS\"", Assert.Single(findings).Message);
    }

    [Fact]
    public void Glossary_terms_need_explaining_only_when_the_web_pages_do_not_link_them()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("jargon", """
            Ask your SENCO about respite.

            Talk to the [EHC plan team](/ehc-plans/) about your EHCP.
            """));
        Assert.Empty(site.Audit().In("about/jargon.md").Coded(DiagnosticCodes.GlossaryTermUnexplained));
        var withoutWeb = site.Audit(formats: ["word"]).In("about/jargon.md").Coded(DiagnosticCodes.GlossaryTermUnexplained);
        Assert.Contains(withoutWeb, f => f.Message.StartsWith("\"SENCO\"") && f.Message.Contains("/glossary/#senco"));
        Assert.Contains(withoutWeb, f => f.Message.StartsWith("\"EHC plan\""));
    }
}
