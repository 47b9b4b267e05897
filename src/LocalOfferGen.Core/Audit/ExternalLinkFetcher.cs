using System.Net;

namespace LocalOfferGen.Audit;

/// <summary>What fetching an address gave: a status code, or why there was none.</summary>
public sealed record FetchStatus(HttpStatusCode? Code, string? Failure)
{
    public bool IsSuccess => Code is { } code && (int)code is >= 200 and < 400;

    public string Describe() => Code is { } code ? $"it answered {(int)code} {code}" : Failure ?? "no answer";
}

/// <summary>Fetches web addresses a few at a time, each with a time limit. A HEAD request first; sites
/// that refuse HEAD get a GET (reading only the headers).</summary>
public static class ExternalLinkFetcher
{
    public static IReadOnlyDictionary<string, FetchStatus> Fetch(IEnumerable<string> urls, int concurrency, TimeSpan timeout)
    {
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = true, MaxAutomaticRedirections = 10 };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("LocalOfferGen-audit/1.0 (+link check)");
        var results = new System.Collections.Concurrent.ConcurrentDictionary<string, FetchStatus>(StringComparer.Ordinal);
        Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, concurrency) }, async (url, _) =>
        {
            results[url] = await FetchOne(client, url, timeout);
        }).GetAwaiter().GetResult();
        return results;
    }

    private static async Task<FetchStatus> FetchOne(HttpClient client, string url, TimeSpan timeout)
    {
        try
        {
            var code = await Send(client, HttpMethod.Head, url, timeout);
            if (code is HttpStatusCode.MethodNotAllowed or HttpStatusCode.Forbidden or HttpStatusCode.NotImplemented or HttpStatusCode.BadRequest)
                code = await Send(client, HttpMethod.Get, url, timeout);
            return new FetchStatus(code, null);
        }
        catch (OperationCanceledException)
        {
            return new FetchStatus(null, $"no answer within {timeout.TotalSeconds:0} seconds");
        }
        catch (HttpRequestException e)
        {
            return new FetchStatus(null, e.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "the site name was not found",
                HttpRequestError.ConnectionError => "the connection failed",
                HttpRequestError.SecureConnectionError => "the secure (https) connection failed",
                _ => e.Message,
            });
        }
    }

    private static async Task<HttpStatusCode> Send(HttpClient client, HttpMethod method, string url, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        using var request = new HttpRequestMessage(method, url);
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        return response.StatusCode;
    }
}
