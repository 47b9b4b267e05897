using System.Net;
using System.Net.Sockets;
using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public class LinksCheckTests
{
    [Fact]
    public void Anchors_must_exist_on_the_target_page()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("anchors", """
            ## Our part

            Good: [what an EHC plan is](/ehc-plans/#what-an-ehc-plan-is), [our part](#our-part) and [SENCO](/glossary/#senco).

            Broken: [a missing part](/ehc-plans/#no-such-heading), [nowhere on this page](#nowhere) and [a word](/glossary/#no-such-word).
            """));
        var findings = site.Audit().In("about/anchors.md").Coded(DiagnosticCodes.MissingAnchor);
        Assert.Equal(3, findings.Count);
        Assert.All(findings, f => Assert.Equal((AuditSeverity.Error, 13), (f.Severity, f.Line)));
        Assert.Contains(findings, f => f.Message.Contains("'/ehc-plans/#no-such-heading'") && f.Message.Contains("#what-an-ehc-plan-is"));
        Assert.Contains(findings, f => f.Message.Contains("'#nowhere'") && f.Message.Contains("#our-part"));
        Assert.Contains(findings, f => f.Message.Contains("no glossary entry"));
    }

    [Fact]
    public void Links_into_generated_folders_are_checked_against_the_built_files()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("downloads", """
            Download [this page as a Word document](/documents/about/downloads.docx) or [the leaflet](/print/your-local-offer.pdf).
            """));
        var unknown = site.Audit();
        Assert.False(unknown.BuiltOutputChecked);
        Assert.Empty(unknown.Findings.Coded(DiagnosticCodes.MissingBuiltFile));

        var built = site.Audit(built: new HashSet<string> { "documents/about/downloads.docx", "print/other.pdf" });
        var missing = Assert.Single(built.Findings.Coded(DiagnosticCodes.MissingBuiltFile));
        Assert.Contains("/print/your-local-offer.pdf", missing.Message);
        Assert.Equal(AuditSeverity.Error, missing.Severity);

        var wordOnly = site.Audit(built: new HashSet<string> { "documents/about/downloads.docx", "index.html" });
        Assert.Empty(wordOnly.Findings.Coded(DiagnosticCodes.MissingBuiltFile));
        Assert.Contains(wordOnly.Findings.Coded(DiagnosticCodes.BuiltFolderNotChecked), f => f.Message.Contains("/print/") && f.Severity == AuditSeverity.Notice);
    }

    [Fact]
    public void External_addresses_must_be_well_formed()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("external", """
            Good: [our site](https://www.example.gov.uk/send), [email us](mailto:send@example.gov.uk) and [call us](tel:01234567890).

            Bad: [a space](<https://www.example.gov.uk/a page>), [no site name](https://intranet/send), [bad email](mailto:send-at-example), [bad phone](tel:call-us) and [old](ftp://files.example.org/x).
            """));
        var findings = site.Audit().In("about/external.md").Coded(DiagnosticCodes.MalformedExternalLink);
        Assert.Equal(5, findings.Count);
        Assert.All(findings, f => Assert.Equal(11, f.Line));
    }

    [Fact]
    public void Check_external_reports_pages_that_are_gone_and_never_fails_on_a_network_error()
    {
        using var server = new LocalServer();
        var unused = FreePort();
        using var site = AuditTestSite.With(AuditTestSite.Page("fetched", $"""
            [Working]({server.Url}ok) and [gone]({server.Url}gone) and [head refused]({server.Url}no-head).

            [Down](http://127.0.0.1:{unused}/) and [slow]({server.Url}slow).
            """));
        var report = site.Audit(checkExternal: true);
        var findings = report.In("about/fetched.md");
        var gone = Assert.Single(findings.Coded(DiagnosticCodes.ExternalLinkBroken));
        Assert.Contains("/gone answered 404", gone.Message);
        Assert.Equal(AuditSeverity.Warning, gone.Severity);
        var unreachable = findings.Coded(DiagnosticCodes.ExternalLinkUnreachable);
        Assert.Equal(2, unreachable.Count);
        Assert.All(unreachable, f => Assert.Equal(AuditSeverity.Notice, f.Severity));
        Assert.Contains(unreachable, f => f.Message.Contains("connection failed"));
        Assert.Contains(unreachable, f => f.Message.Contains("no answer within"));
        Assert.DoesNotContain(findings, f => f.Message.Contains("/ok") || f.Message.Contains("/no-head"));
        Assert.False(report.Failed);
        Assert.True(report.ExternalLinksFetched);
        Assert.Contains(LocalOfferGen.Audit.Reports.AuditNotes.Of(report), n => n.Contains("were fetched: ") && n.Contains(" did not answer OK"));
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A web server on 127.0.0.1 only: /ok answers 200, /gone 404, /no-head refuses HEAD (405) but answers GET,
    /// /slow waits longer than the audit's time limit.</summary>
    private sealed class LocalServer : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly CancellationTokenSource _stop = new();

        public LocalServer()
        {
            var port = FreePort();
            Url = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _ = Task.Run(Serve);
        }

        public string Url { get; }

        private async Task Serve()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) when (_stop.IsCancellationRequested) { return; }
                _ = Task.Run(async () =>
                {
                    var path = context.Request.Url!.AbsolutePath;
                    if (path == "/slow") await Task.Delay(TimeSpan.FromSeconds(8), _stop.Token).ContinueWith(_ => { });
                    context.Response.StatusCode = path switch
                    {
                        "/ok" or "/slow" => 200,
                        "/no-head" => context.Request.HttpMethod == "HEAD" ? 405 : 200,
                        _ => 404,
                    };
                    try { context.Response.Close(); } catch (Exception) { }
                });
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _listener.Close();
        }
    }
}
