using LocalOfferGen.Serving;

namespace LocalOfferGen.Tests.Serving;

public sealed class RequestPathTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _root;

    public RequestPathTests()
    {
        _temp.File("secret.txt", "outside the site");
        _temp.File("site/index.html", "<p>home</p>");
        _temp.File("site/education/index.html", "<p>education</p>");
        _temp.File("site/assets/site.css", "body{}");
        _temp.File("site/.site.lock", "");
        _root = Path.Combine(_temp.Path, "site");
    }

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E%2Fsecret.txt")]
    [InlineData("/education/../../secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/index.html%00.css")]
    [InlineData("/.site.lock")]
    [InlineData("/./index.html")]
    [InlineData("//../secret.txt")]
    public void A_path_that_would_leave_the_folder_or_reach_a_hidden_file_is_not_found(string path) =>
        Assert.Equal(RequestKind.NotFound, RequestPath.Resolve(_root, path).Kind);

    [Fact]
    public void A_folder_with_no_index_is_not_found_rather_than_listed() =>
        Assert.Equal(RequestKind.NotFound, RequestPath.Resolve(_root, "/assets/").Kind);

    [Fact]
    public void A_folder_without_its_slash_redirects_to_it()
    {
        var target = RequestPath.Resolve(_root, "/education");
        Assert.Equal(RequestKind.Redirect, target.Kind);
        Assert.Equal("/education/", target.RedirectTo);
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/education/", "education/index.html")]
    [InlineData("/assets/site.css", "assets/site.css")]
    public void Files_and_folder_indexes_are_found(string path, string file)
    {
        var target = RequestPath.Resolve(_root, path);
        Assert.Equal(RequestKind.File, target.Kind);
        Assert.Equal(Path.Combine(_root, file), target.File);
    }

    [Fact]
    public void A_link_pointing_outside_the_folder_is_not_followed()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "escape.txt"), Path.Combine(_temp.Path, "secret.txt"));
        Assert.Equal(RequestKind.NotFound, RequestPath.Resolve(_root, "/escape.txt").Kind);
    }
}
