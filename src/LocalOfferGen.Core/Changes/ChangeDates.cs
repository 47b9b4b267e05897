using LocalOfferGen.Model;

namespace LocalOfferGen.Changes;

/// <summary>Gives each page, easy-read page and service without written <c>changes:</c> the dates git committed its file.</summary>
internal static class ChangeDates
{
    public static (List<Page> Pages, List<EasyReadPage> EasyRead, List<Service> Services) Apply(
        GitHistory git, List<Page> pages, List<EasyReadPage> easyRead, List<Service> services)
    {
        if (git.FileCount == 0) return (pages, easyRead, services);
        return (
            pages.Select(p => p.History.HasNotes || git.DatesOf(p.SourcePath) is not { } dates ? p
                : p with { History = ChangeHistory.For([], dates, p.Reviewed) }).ToList(),
            easyRead.Select(p => p.History.HasNotes || git.DatesOf(p.SourcePath) is not { } dates ? p
                : p with { History = ChangeHistory.For([], dates, p.Reviewed) }).ToList(),
            services.Select(s => s.History.HasNotes || git.DatesOf(s.SourcePath) is not { } dates ? s
                : s with { History = ChangeHistory.For([], dates, s.Reviewed) }).ToList());
    }
}
