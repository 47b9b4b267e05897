using LocalOfferGen.Model;

namespace LocalOfferGen.Audit;

/// <summary>Groups the built-in topics by area, for the report's "coverage by area" chart.
/// Local topics from topics.yml form their own group.</summary>
public static class TopicGroups
{
    public const string Local = "Local topics";

    /// <summary>Group names in the order reports show them.</summary>
    public static readonly IReadOnlyList<string> Order =
        ["Education", "EHC plans", "Health", "Social care", "Preparing for adulthood", "Travel and leisure", "Advice and rights", "About the Local Offer", Local];

    private static readonly Dictionary<string, string> ByTopic = new(StringComparer.Ordinal)
    {
        ["send-provision"] = "Education",
        ["early-years-provision"] = "Education",
        ["school-provision"] = "Education",
        ["alternative-provision"] = "Education",
        ["post-16"] = "Education",
        ["section-41-institutions"] = "Education",
        ["out-of-area-provision"] = "Education",
        ["identifying-assessing-sen"] = "Education",
        ["other-education"] = "Education",
        ["phase-transitions"] = "Education",
        ["childcare"] = "Education",
        ["school-sen-information"] = "Education",
        ["ehc-assessment-request"] = "EHC plans",
        ["ehc-assessment-process"] = "EHC plans",
        ["personal-budgets"] = "EHC plans",
        ["health-services"] = "Health",
        ["medical-conditions-support"] = "Health",
        ["health-transition"] = "Health",
        ["social-care-services"] = "Social care",
        ["short-breaks-statement"] = "Social care",
        ["carers-support"] = "Social care",
        ["social-care-transition"] = "Social care",
        ["care-act-information"] = "Social care",
        ["looked-after-children"] = "Social care",
        ["preparing-for-adulthood"] = "Preparing for adulthood",
        ["apprenticeships-internships"] = "Preparing for adulthood",
        ["higher-education-dsa"] = "Preparing for adulthood",
        ["travel-arrangements"] = "Travel and leisure",
        ["leisure-activities"] = "Travel and leisure",
        ["information-advice-support"] = "Advice and rights",
        ["disagreement-resolution"] = "Advice and rights",
        ["tribunal-appeals"] = "Advice and rights",
        ["accessibility-strategy"] = "About the Local Offer",
        ["involvement"] = "About the Local Offer",
        ["comments-and-feedback"] = "About the Local Offer",
        ["published-comments"] = "About the Local Offer",
        ["offline-access"] = "About the Local Offer",
        ["accessible-formats"] = "About the Local Offer",
    };

    public static string Of(StatutoryTopic topic) => ByTopic.GetValueOrDefault(topic.Id, Local);
}
