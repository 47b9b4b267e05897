using LocalOfferGen.Cli;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.OpenReferral;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>import oruk within limits (a whole file, one field), all or nothing, and with file names Windows can
/// check out.</summary>
public sealed class OrukImportLimitsTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("lo-oruk-hostile-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private string In(string relative) => Path.Combine(_temp, relative);

    private OrukImportResult Import(string source, bool overwrite = false) =>
        OrukImporter.Import(new OrukImportOptions { Source = source, Into = In("services"), Overwrite = overwrite, Today = new(2026, 11, 27) });

    /// <summary>JSON made as it is read, never held whole: a prefix, then <paramref name="fill"/> repeated to
    /// <paramref name="length"/> bytes, then a suffix.</summary>
    private sealed class Generated(string prefix, byte fill, long length, string suffix) : Stream
    {
        private readonly byte[] _prefix = System.Text.Encoding.UTF8.GetBytes(prefix);
        private readonly byte[] _suffix = System.Text.Encoding.UTF8.GetBytes(suffix);
        private long _position;

        public long Delivered => _position;
        private long Total => _prefix.Length + length + _suffix.Length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = 0;
            while (n < count && _position < Total)
            {
                buffer[offset + n++] = _position < _prefix.Length ? _prefix[_position]
                    : _position < _prefix.Length + length ? fill
                    : _suffix[_position - _prefix.Length - length];
                _position++;
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_200_MB_field_is_refused_where_it_starts_after_reading_little_more_than_the_limit()
    {
        const string prefix = "{ \"contents\": [ {\n  \"name\": \"Big\",\n  \"description\": \"";
        using var stream = new Generated(prefix, (byte)'a', 200L * 1024 * 1024, "\" } ] }");
        var diagnostics = new DiagnosticBag();
        Assert.Null(OrukFileReader.Read(stream, "export.json", diagnostics));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.OrukFieldTooLarge, error.Code);
        Assert.Equal("export.json(3,18): error LO0720: a single value here is longer than 1 MB, the most an import takes for one field; " +
            "no service needs text this long, so check the export", error.ToString());
        Assert.True(stream.Delivered < 2L * 1024 * 1024, $"read {stream.Delivered:N0} bytes");
    }

    [Fact]
    public void A_file_past_the_size_limit_is_refused_without_reading_it_all()
    {
        var service = "{ \"name\": \"Small\", \"email\": \"a@example.org\" }, ";
        using var stream = new Generated("[ " + string.Concat(Enumerable.Repeat(service, 1000)), (byte)' ', 200L * 1024 * 1024, "{ \"name\": \"Last\" } ]");
        var diagnostics = new DiagnosticBag();
        Assert.Null(OrukFileReader.Read(stream, "export.json", diagnostics, maxFileBytes: 1024 * 1024));
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.OrukFileTooLarge, error.Code);
        Assert.Contains("larger than 1 MB", error.Message);
        Assert.True(stream.Delivered < 2L * 1024 * 1024);
    }

    [Fact]
    public void The_import_names_the_file_and_line_of_a_field_too_long_and_writes_nothing()
    {
        File.WriteAllText(In("export.json"), "[\n { \"name\": \"Fine\", \"email\": \"a@example.org\" },\n { \"name\": \"Long\", \"description\": \"" +
            new string('x', 1_100_000) + "\" }\n]\n");
        var result = Import(In("export.json"));
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.OrukFieldTooLarge, error.Code);
        Assert.Equal((3, 35), (error.Line, error.Column));   // the opening quote of the value
        Assert.False(Directory.Exists(In("services")));
    }

    [Fact]
    public void A_file_that_cannot_be_written_means_none_is_and_replaced_files_come_back()
    {
        File.WriteAllText(In("export.json"), """
            [ { "name": "First service", "email": "a@example.org" },
              { "name": "Second service", "email": "b@example.org" },
              { "name": "Third service", "email": "c@example.org" } ]
            """);
        Directory.CreateDirectory(In("services"));
        File.WriteAllText(In("services/first-service.yml"), "name: Edited by hand\n");
        // A folder where the second file must go: it cannot be written.
        Directory.CreateDirectory(In("services/second-service.yml"));
        var result = Import(In("export.json"), overwrite: true);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OrukCannotWrite, error.Code);
        Assert.EndsWith("second-service.yml", error.Path);
        Assert.Contains("Nothing was written", error.Message);
        Assert.All(result.Files, f => Assert.Equal(ImportOutcome.Failed, f.Outcome));
        Assert.Equal("name: Edited by hand\n", File.ReadAllText(In("services/first-service.yml")));
        Assert.False(File.Exists(In("services/third-service.yml")));
        Assert.Equal(["first-service.yml", "second-service.yml"], Directory.EnumerateFileSystemEntries(In("services")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void The_command_line_says_nothing_was_written_only_when_that_is_true()
    {
        File.WriteAllText(In("export.json"), """[ { "name": "First service", "email": "a@example.org" }, { "name": "Second service", "email": "b@example.org" } ]""");
        Directory.CreateDirectory(In("services/second-service.yml"));
        var run = Localoffer.Invoke(_temp, "import", "oruk", "export.json", "--into", "services", "--today", "2026-11-27");
        Assert.Equal(CommandLine.ContentErrors, run.ExitCode);
        Assert.Contains("Nothing was written", run.Out);
        Assert.False(File.Exists(In("services/first-service.yml")));
        Assert.Empty(Directory.EnumerateFiles(In("services"), "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("Con", "con-service.yml")]
    [InlineData("NUL", "nul-service.yml")]
    [InlineData("aux", "aux-service.yml")]
    [InlineData("COM1", "com1-service.yml")]
    [InlineData("lpt9", "lpt9-service.yml")]
    [InlineData("Prn.", "prn-service.yml")]
    [InlineData("Console club", "console-club.yml")]
    public void A_service_named_like_a_Windows_device_gets_a_file_name_Windows_can_check_out(string name, string file)
    {
        File.WriteAllText(In("one.json"), $$"""{ "name": "{{name}}", "email": "a@example.org" }""");
        var result = Import(In("one.json"));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(file, Path.GetFileName(Assert.Single(result.Files).Path));
        Assert.True(File.Exists(In("services/" + file)));
        Assert.Equal(file != "console-club.yml", result.Diagnostics.Any(d => d.Code == DiagnosticCodes.OrukReservedFileName));
        foreach (var path in Directory.EnumerateFiles(In("services")))
            Assert.False(WindowsFileNames.IsReserved(Path.GetFileNameWithoutExtension(path)));
    }
}
