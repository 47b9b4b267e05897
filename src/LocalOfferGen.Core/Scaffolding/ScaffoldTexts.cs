using System.Globalization;

namespace LocalOfferGen.Scaffolding;

/// <summary>The text of each new file: every required key of the content format, today's date, and a comment
/// that explains each key. Every file builds with no errors as it is, so an editor starts from a working site.</summary>
internal static class ScaffoldTexts
{
    public static string Page(string title, DateOnly today) => $"""
        ---
        # The lines between the two "---" describe the page. A "#" starts a note like this one,
        # for editors only: notes are never published.
        title: {Quoted(title)}   # required: the page's heading, and its name in menus, lists and search
        summary: "Say in one or two plain sentences what this page is about and who it is for."   # required: shown in lists, search results and at the top of the page
        reviewed: {Date(today)}   # required: the date someone last checked this page is right (YYYY-MM-DD)
        owner: Local Offer Team   # required: the team accountable for keeping this page right
        topics: []   # the statutory topic ids this page covers, such as [ehc-assessment-request]; the audit lists them
        age_groups: []   # optional: which ages it is for, ids from site.yml, such as [early-years, primary]
        categories: []   # optional: any of education, health, social-care, advice, leisure, travel, adulthood
        weight: 0   # optional: the page's place in its section; lower numbers come first
        draft: false   # optional: true keeps the page off the website while you work on it
        ---

        ## What this page is about

        Write the page here, in plain English and short sentences. Start each part with a heading
        like the one above, beginning "##".

        Link to another page with its address, like [the home page](/).

        """;

    public static string Service(string name, DateOnly today) => $"""
        # A service in the directory. A "#" starts a note like this one, for editors only: notes are never published.
        # The address of the service's page comes from this file's name.
        name: {Quoted(name)}   # required: the service's name, as families know it
        organisation: Local Offer Team   # required: who runs the service
        description: |   # required: what the service does, in plain English (Markdown; keep the indent)
          Say what the service does, who it helps and what happens when a family uses it.
        categories: [advice]   # required: any of education, health, social-care, advice, leisure, travel, adulthood
        needs: []   # optional: the needs it supports, ids from site.yml, such as [autism, sensory]
        age_range: {"{"} min: 0, max: 25 {"}"}   # required: the youngest and oldest age in years it is for
        eligibility: |   # required: who can use it (Markdown; keep the indent)
          Say who can use the service, such as "children and young people aged 0 to 25 who live in the area".
        how_to_access: |   # required: how to ask for it or be referred (Markdown; keep the indent)
          Say how a family asks for the service: a phone call, a form, or a referral by a school or doctor.
        cost: Free   # optional: what it costs families
        contact:   # required: at least one of phone, email, website
          phone: "01234 567890"
          email: service@example.gov.uk
          website: https://www.example.gov.uk/
        schedule: Monday to Friday, 9am to 5pm   # optional: when it is open
        accessibility: Step-free access   # optional: what makes it easy to reach and use
        in_area: true   # true: in the council's area; false: regional or national provision
        reviewed: {Date(today)}   # required: the date someone last checked this entry is right (YYYY-MM-DD)
        topics: []   # optional: the statutory topic ids this service covers

        """;

    public static string News(string title) => $"""
        ---
        # The date of the post comes from the file name (YYYY-MM-DD-name.md). A "#" starts a note like
        # this one, for editors only: notes are never published.
        title: {Quoted(title)}   # required: the headline
        summary: "Say in one or two plain sentences what has happened and who it matters to."   # required: shown in the news list and the feed
        ---

        Write the news here, in plain English. Say what has changed, who it affects and what to do next.

        """;

    public static string Leaflet(string title) => $"""
        # A printed leaflet. A "#" starts a note like this one, for editors only: notes are never printed.
        title: {Quoted(title)}   # required: printed on the front
        size: a5   # required: a5 (148 x 210 mm) or dl (99 x 210 mm)
        pages: 2   # optional: a5 has 2 to 8 pages, dl has 2 (or 6 panels with "fold: trifold" instead of pages)
        qr: /   # optional: the page of the website that the leaflet's QR code opens
        sections:   # required: the leaflet's parts, in order; as many as fit on its pages (the build says when they do not)
          - heading: What this leaflet is about   # a part with its own heading and text (Markdown; keep the indent)
            text: |
              Say in a few short sentences what families can find out here.
          - heading: How to find out more
            text: |
              Say where to look or who to ask. A part can instead be a page of the website:
              "- page: education/sen-support" prints that page's title, summary and address.

        """;

    public static string SiteSettings() => """
        # Site settings. A "#" starts a note like this one, for editors only: notes are never published.
        title: Exampleshire SEND Local Offer   # required: the name of the website, at the top of every page
        authority: Exampleshire County Council   # required: the council that publishes it, in the footer
        base_url: https://localoffer.example.gov.uk/   # required: the full address of the live site, ending with "/"; used for QR codes, the sitemap and the feed
        language: en-GB   # the language of the site
        review_months: 12   # a page is overdue for review this many months after its "reviewed" date
        contact:   # required: how families reach the Local Offer team; printed on every leaflet and Word document
          phone: "01234 567890"
          email: localoffer@example.gov.uk
          address: County Hall, Example Street, Exampletown, EX1 1AA
          opening_hours: Monday to Friday, 9am to 5pm
        feedback:   # how families comment on the Local Offer (SEND Regulations 2014, regulation 56)
          url: https://www.example.gov.uk/local-offer-feedback   # the online feedback form
          email: localoffer@example.gov.uk   # the email address for comments

        """;

    public static string Home(string title, DateOnly today) => $"""
        ---
        # The home page. A "#" starts a note like this one, for editors only: notes are never published.
        title: {Quoted(title)}   # required: the site's name, as the home page's heading
        summary: "Information, advice and services for children and young people aged 0 to 25 with special educational needs or disabilities, and their families."   # required: what the site is for
        reviewed: {Date(today)}   # required: the date someone last checked this page is right (YYYY-MM-DD)
        owner: Local Offer Team   # required: the team accountable for keeping this page right
        topics: []   # the statutory topic ids this page covers
        ---

        ## Welcome

        This website is for children and young people aged 0 to 25 with special educational needs or
        disabilities (SEND), and their families. It tells you what help there is and how to get it.

        """;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted string, so a title with a colon or a quote stays one value.</summary>
    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
