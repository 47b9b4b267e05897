using LocalOfferGen.Diagnostics;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Audit.Checks;

/// <summary>Up to date: pages, easy-read pages, services and step-by-step journeys past their review date are overdue (a warning);
/// those due within <c>due_soon_days</c> are a notice. "You said, we did" must be published at least
/// yearly (SEND Regulations 2014 reg 56), so the newest one older than <c>feedback_months</c> is a warning.</summary>
public sealed class UpToDateCheck : IAuditCheck
{
    public string Id => AuditCheckIds.UpToDate;
    public string Title => "Up to date";

    public void Run(AuditContext context, AuditFindings findings)
    {
        foreach (var item in ReviewItem.Of(context))
        {
            var at = new SourceSpan(item.Path, 1, 1);
            if (item.State == ReviewState.Overdue)
                findings.Warning(DiagnosticCodes.ReviewOverdue, at,
                    $"this {Noun(item.Kind)} was due for review on {item.ReviewBy:yyyy-MM-dd}, {Days(item.DaysOverdue)} ago: check it is still right, then update 'reviewed'");
            else if (item.State == ReviewState.DueSoon)
                findings.Notice(DiagnosticCodes.ReviewDueSoon, at,
                    item.DaysLeft == 0
                        ? $"this {Noun(item.Kind)} is due for review today ({item.ReviewBy:yyyy-MM-dd})"
                        : $"this {Noun(item.Kind)} is due for review on {item.ReviewBy:yyyy-MM-dd}, in {Days(item.DaysLeft)}");
        }

        var newest = context.Site.Feedback.FirstOrDefault();
        var months = context.Settings.FeedbackMonths;
        if (newest is not null && newest.Published.AddMonths(months) < context.Today)
            findings.Warning(DiagnosticCodes.FeedbackOutOfDate, newest.Source,
                $"the newest \"You said, we did\" was published on {newest.Published:yyyy-MM-dd}, more than {Counts.Of(months, "month")} ago: " +
                "the SEND Regulations 2014 (reg 56) ask for comments and the council's response to be published at least every year");
    }

    private static string Noun(string kind) => kind switch
    {
        "easy-read" => "easy-read page",
        "journey" => "step-by-step journey",
        _ => kind,
    };

    private static string Days(int days) => Counts.Of(days, "day");
}
