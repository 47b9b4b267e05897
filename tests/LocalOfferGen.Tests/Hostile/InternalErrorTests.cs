using System.CommandLine;
using LocalOfferGen.Cli;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>A bug in the generator is reported as an internal error naming what it was doing, with a short
/// message and exit code 3; the stack trace only with --verbose. Redirects the console, so runs alone.</summary>
[Collection(nameof(ProcessWideSettings))]
public sealed class InternalErrorTests
{
    private static Command Failing() => new("fail") { Action = new FailingAction() };

    private sealed class FailingAction : System.CommandLine.Invocation.SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            // As the parallel loader throws it: the named error wrapped in an AggregateException.
            var files = new[] { "content/pages/broken.md" };
            Parallel.ForEach(files, file => InternalError.While($"reading {file}", () => ((string?)null)!.Length));
            return 0;
        }
    }

    private static (int Exit, string Error) Run(params string[] args)
    {
        var original = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            return (CommandLine.Run(args, Failing()), error.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    [Fact]
    public void An_exception_is_an_internal_error_naming_the_file_with_exit_code_3_and_no_stack_trace()
    {
        var (exit, error) = Run("fail");
        Assert.Equal(CommandLine.InternalError, exit);
        Assert.Equal(3, exit);
        Assert.StartsWith("error LO0999: internal error while reading content/pages/broken.md: NullReferenceException: ", error);
        Assert.Contains("--verbose", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Verbose_adds_the_stack_trace()
    {
        var (exit, error) = Run("fail", "--verbose");
        Assert.Equal(3, exit);
        Assert.Contains("internal error while reading content/pages/broken.md", error);
        Assert.Contains("   at ", error);
    }

    [Fact]
    public void Cancellation_and_an_already_named_error_pass_through_unchanged()
    {
        Assert.Throws<OperationCanceledException>(() => InternalError.While("x", () => throw new OperationCanceledException()));
        var inner = Assert.Throws<InternalError>(() =>
            InternalError.While("writing the web format", () => InternalError.While("reading a.md", () => throw new FormatException("bad"))));
        Assert.Equal("reading a.md", inner.Doing);
        Assert.Equal("internal error while reading a.md: FormatException: bad", inner.Message);
    }
}
