using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>Open Referral UK in, services/*.yml out. Every input is read and checked before anything
/// is written, so bad input writes nothing; the files are written all or none (<see cref="AtomicFile"/>), each
/// whole; an existing file is replaced only with --overwrite.</summary>
public static class OrukImporter
{
    public static OrukImportResult Import(OrukImportOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var services = ReadAll(options, diagnostics);
        if (diagnostics.HasErrors) return new OrukImportResult([], diagnostics.ToSortedList());

        var files = new List<ImportedFile>();
        var writes = new List<AtomicFile.Planned>();
        foreach (var service in services)
        {
            var path = Path.Combine(options.Into, service.Slug + ".yml");
            var yaml = ServiceYaml.Write(service);
            var outcome = Plan(path, yaml, options);
            if (outcome == ImportOutcome.Conflict)
                diagnostics.Warning(DiagnosticCodes.OrukFileExists, SourceSpan.File(path),
                    $"this file already exists and differs from the imported service '{service.Name}'; it was left as it is (use --overwrite to replace it)");
            if (outcome == ImportOutcome.Written) writes.Add(new AtomicFile.Planned(path, yaml, options.Overwrite));
            files.Add(new ImportedFile(path, service, outcome));
        }
        // All or nothing: one file that cannot be written means none is.
        if (writes.Count > 0 && !AtomicFile.WriteAll(writes, diagnostics))
            files = files.Select(f => f.Outcome == ImportOutcome.Written ? f with { Outcome = ImportOutcome.Failed } : f).ToList();
        return new OrukImportResult(files, diagnostics.ToSortedList());
    }

    private static List<ImportedService> ReadAll(OrukImportOptions options, DiagnosticBag diagnostics)
    {
        var services = new List<ImportedService>();
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var seenIds = new Dictionary<Guid, string>();
        var notMapped = new SortedDictionary<string, (int Count, string File)>(StringComparer.Ordinal);
        foreach (var input in OrukInput.Read(options.Source, diagnostics))
        {
            var reader = new OrukServiceReader(new OrukJsonReader(input.File, diagnostics), options.Today);
            if (reader.Read(input.Json, input.Path) is not { } service) continue;
            if (service.OrukId is { } id && !seenIds.TryAdd(id, $"{input.File} {input.Path}"))
            {
                diagnostics.Error(DiagnosticCodes.OrukDuplicateService, SourceSpan.File(input.File),
                    $"{input.Path}: the service with id {OrukIds.Text(id)} is also at {seenIds[id]}; give each service once");
                continue;
            }
            foreach (var path in reader.NotMapped.Distinct())
                notMapped[path] = notMapped.TryGetValue(path, out var seen) ? (seen.Count + 1, seen.File) : (1, input.File);
            var slug = UniqueSlug(WindowsSafe(service, input.File, diagnostics), slugs);
            slugs.Add(slug);
            services.Add(service with { Slug = slug });
        }
        foreach (var (path, (count, file)) in notMapped)
            diagnostics.Warning(DiagnosticCodes.OrukNotMapped, SourceSpan.File(file),
                $"'{path}' ({count} {(count == 1 ? "service" : "services")}) has no place in the content format, so it was not imported");
        return services;
    }

    /// <summary>A service whose name makes a file name Windows keeps for a device ("con", "nul", "com1"), which no
    /// one could check out there, gets "-service" added (slugs hold only a-z, 0-9 and hyphens, so no other character
    /// or ending Windows refuses can occur).</summary>
    private static ImportedService WindowsSafe(ImportedService service, string file, DiagnosticBag diagnostics)
    {
        if (!WindowsFileNames.IsReserved(service.Slug)) return service;
        var safe = $"{service.Slug}-service";
        diagnostics.Warning(DiagnosticCodes.OrukReservedFileName, SourceSpan.File(file),
            $"the service '{service.Name}' would be {service.Slug}.yml, a name Windows keeps for a device, so it was imported as {safe}.yml (its web address is /services/{safe}/)");
        return service with { Slug = safe };
    }

    /// <summary>Two services with one name (say, two organisations' "Speech therapy") get the
    /// organisation's name, then a number, added to the file name.</summary>
    private static string UniqueSlug(ImportedService service, HashSet<string> taken)
    {
        bool Free(string slug) => !taken.Contains(slug);
        if (Free(service.Slug)) return service.Slug;
        var withOrganisation = $"{service.Slug}-{Loading.Slug.From(service.Organisation)}";
        if (Free(withOrganisation)) return withOrganisation;
        for (var n = 2; ; n++)
            if (Free($"{withOrganisation}-{n}")) return $"{withOrganisation}-{n}";
    }

    private static ImportOutcome Plan(string path, string yaml, OrukImportOptions options)
    {
        if (File.Exists(path))
        {
            if (File.ReadAllText(path) == yaml) return ImportOutcome.Unchanged;
            if (!options.Overwrite) return ImportOutcome.Conflict;
        }
        return options.DryRun ? ImportOutcome.WouldWrite : ImportOutcome.Written;
    }
}
