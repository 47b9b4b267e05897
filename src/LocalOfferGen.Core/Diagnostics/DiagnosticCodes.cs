namespace LocalOfferGen.Diagnostics;

/// <summary>Every diagnostic code the generator can report. Codes are stable: editors search for them,
/// and docs/diagnostics.md lists each one (a test keeps the two in step).</summary>
public static class DiagnosticCodes
{
    // LO01xx: reading files and YAML
    public const string CannotRead = "LO0100";
    public const string EmptyFile = "LO0101";
    public const string InvalidDate = "LO0102";
    public const string NotText = "LO0103";
    public const string NotUtf8 = "LO0104";
    public const string YamlSyntax = "LO0105";
    public const string YamlTooLarge = "LO0106";
    public const string FrontMatterNotClosed = "LO0107";
    public const string FrontMatterMissing = "LO0108";
    public const string NotAMapping = "LO0109";
    public const string DuplicateKey = "LO0110";
    public const string MissingKey = "LO0111";
    public const string WrongType = "LO0112";
    public const string UnknownKey = "LO0113";
    public const string KeyCase = "LO0114";
    public const string InvalidValue = "LO0115";
    public const string NestedTooDeeply = "LO0116";
    public const string RequiredFileMissing = "LO0117";
    public const string BadFileName = "LO0118";
    public const string ControlCharacter = "LO0119";
    public const string FileNameSlugged = "LO0120";
    public const string HeadingIdInvalid = "LO0121";
    public const string HeadingIdDuplicate = "LO0122";
    public const string SectionWithoutIndex = "LO0123";
    public const string VideoInvalid = "LO0150";
    public const string VideoHostUnsupported = "LO0151";
    public const string VideoWithoutTranscript = "LO0152";
    public const string LinkLeavesFolder = "LO0160";
    public const string DuplicateSiteId = "LO0161";
    public const string InvalidLanguageTag = "LO0162";

    // LO02xx: references between files
    public const string UnknownAgeGroup = "LO0201";
    public const string UnknownNeed = "LO0202";
    public const string UnknownCategory = "LO0203";
    public const string UnknownTopic = "LO0204";
    public const string DuplicateServiceId = "LO0205";
    public const string DuplicateUrl = "LO0206";
    public const string BrokenLink = "LO0207";
    public const string MissingImage = "LO0208";
    public const string EscapesContent = "LO0209";
    public const string UnknownLeafletPage = "LO0210";
    public const string UnsupportedImage = "LO0211";
    public const string LinkLoop = "LO0212";
    public const string MissingStandardPage = "LO0213";
    public const string PictureUnreadable = "LO0220";
    public const string UnusedPictureUnreadable = "LO0221";
    public const string ImageFolderFileNotPublished = "LO0240";
    public const string VideoTranscriptFileMissing = "LO0250";
    public const string FileTypeNotPublished = "LO0260";
    public const string FileUnreadable = "LO0261";
    public const string MissingFile = "LO0262";
    public const string LinkToUnpublishedFile = "LO0263";
    public const string FileNameNotAnAddress = "LO0264";
    public const string QrPageMissing = "LO0280";

    // LO03xx: unsafe content removed from the output
    public const string ScriptRemoved = "LO0301";
    public const string EventHandlerRemoved = "LO0302";
    public const string UnsafeUrlRemoved = "LO0303";
    public const string EmbedRemoved = "LO0304";
    public const string StyleRemoved = "LO0305";
    public const string HtmlRemoved = "LO0306";
    public const string HtmlInText = "LO0307";
    public const string HeadingAttributeRemoved = "LO0308";
    public const string DomClobberingRemoved = "LO0310";

    // LO05xx: print leaflets and easy-read PDFs
    public const string LeafletOverflow = "LO0501";
    public const string LeafletPagesInvalid = "LO0502";
    public const string LeafletFoldInvalid = "LO0503";
    public const string LeafletPanelsInvalid = "LO0532";
    public const string PrintPictureUnusable = "LO0504";
    public const string NoPrintFont = "LO0505";
    public const string WordTooWide = "LO0507";
    public const string UndrawableCharacter = "LO0508";
    public const string PrintColourInvalid = "LO0520";
    public const string PrintProfileInvalid = "LO0521";
    public const string PictureResolutionLow = "LO0522";
    public const string PictureResolutionTooLow = "LO0523";
    public const string LogoUnusable = "LO0524";
    public const string WordBrokenInBook = "LO0527";

    // LO06xx: Word documents
    public const string WordDocumentNameClash = "LO0601";

    // LO07xx: Open Referral UK export and import
    public const string DuplicateOrukId = "LO0701";
    public const string OrukCannotRead = "LO0710";
    public const string OrukNotJson = "LO0711";
    public const string OrukWrongShape = "LO0712";
    public const string OrukServiceWithoutName = "LO0713";
    public const string OrukDuplicateService = "LO0714";
    public const string OrukFileExists = "LO0715";
    public const string OrukNotMapped = "LO0716";
    public const string OrukFilledIn = "LO0717";
    public const string OrukCannotWrite = "LO0718";
    public const string OrukFileTooLarge = "LO0719";
    public const string OrukFieldTooLarge = "LO0720";
    public const string OrukReservedFileName = "LO0721";
    public const string OrukNotUnicode = "LO0730";

    // LO31xx-LO36xx: the audit (docs/audit.md); it also reports the easy-read rules (LO4xxx)
    // LO31xx statutory coverage
    public const string MustTopicNotCovered = "LO3101";
    public const string ShouldTopicNotCovered = "LO3102";
    // LO32xx up to date
    public const string ReviewOverdue = "LO3201";
    public const string ReviewDueSoon = "LO3202";
    public const string FeedbackOutOfDate = "LO3203";
    // LO33xx links
    public const string MissingAnchor = "LO3301";
    public const string MissingBuiltFile = "LO3302";
    public const string BuiltFolderNotChecked = "LO3303";
    public const string MalformedExternalLink = "LO3304";
    public const string ExternalLinkBroken = "LO3305";
    public const string ExternalLinkUnreachable = "LO3306";
    // LO34xx accessibility of content
    public const string ImageWithoutAlt = "LO3401";
    public const string MeaninglessAlt = "LO3402";
    public const string VagueLinkText = "LO3403";
    public const string BareUrl = "LO3404";
    public const string HeadingSkipsLevel = "LO3405";
    public const string SecondMainHeading = "LO3406";
    public const string TableWithoutHeader = "LO3407";
    public const string AllCapitals = "LO3408";
    public const string DocumentOnlyLink = "LO3409";
    public const string UntaggedPdf = "LO3410";
    public const string FileTooLarge = "LO3411";
    public const string FileNotLinked = "LO3412";
    // LO35xx plain English
    public const string HardToRead = "LO3501";
    public const string LongSentence = "LO3502";
    public const string PassiveVoice = "LO3503";
    public const string GlossaryTermUnexplained = "LO3504";
    public const string AcronymUnexplained = "LO3505";
    public const string LongSummary = "LO3506";
    // LO36xx transparency
    public const string NoOwner = "LO3601";
    public const string NoEligibility = "LO3602";
    public const string NoHowToAccess = "LO3603";
    public const string NoContact = "LO3604";

    // LO4xxx: easy-read pages that are not easy to read (warnings; the page still builds)
    public const string EasyReadLongSentence = "LO4001";
    public const string EasyReadRowWithoutPicture = "LO4002";
    public const string EasyReadPictureWithoutAlt = "LO4003";
    public const string EasyReadTooManySentences = "LO4004";
    public const string EasyReadItalics = "LO4005";
    public const string EasyReadUnderline = "LO4006";
    public const string EasyReadBlockCapitals = "LO4007";
    public const string EasyReadSemicolon = "LO4008";
    public const string EasyReadUnexplainedAcronym = "LO4009";
    public const string EasyReadNumberInWords = "LO4010";
    public const string EasyReadPageTooLong = "LO4011";

    // LO112x: comparing two commits' output (localoffer diff)
    public const string DiffNotARepository = "LO1120";
    public const string DiffUnknownRef = "LO1121";
    public const string DiffNoContentAtRef = "LO1122";
    public const string DiffCannotCopy = "LO1123";
    public const string DiffCommitDoesNotBuild = "LO1124";

    // LO1050-LO1099: events (What's on)
    public const string EventTimeInvalid = "LO1050";
    public const string EventEndsBeforeStart = "LO1051";
    public const string EventNeverOccurs = "LO1052";
    public const string EventRepeatInvalid = "LO1053";
    public const string EventLocationUnknown = "LO1054";
    public const string TermDatesInvalid = "LO1075";
    public const string TermTimeWithoutTermDates = "LO1076";
    public const string EventFileDuplicate = "LO1077";
    // LO110x: owners reminded of their reviews (site.yml owners:, Reminders/)
    public const string OwnerHandleInvalid = "LO1100";
    public const string OwnerGivenTwice = "LO1101";
    public const string OwnerUnused = "LO1102";

    // LO115x: changes shown to families (changes:, git history)
    public const string ChangeWithoutDate = "LO1150";
    public const string ChangeWithoutNote = "LO1151";
    public const string ChangeNotDateAndNote = "LO1152";

    // LO100x: step-by-step journeys (journeys/*.yml)
    public const string JourneyUnknownPage = "LO1000";
    public const string JourneyUnknownService = "LO1001";
    public const string JourneyLinkInvalid = "LO1002";
    public const string JourneyJoinInvalid = "LO1003";
    public const string JourneyWithoutSteps = "LO1004";

    // LO103x: step-by-step journeys on paper (the whole guide as PDF and Word, and leaflet sections)
    public const string LeafletUnknownJourney = "LO1030";
    public const string LeafletJourneySectionMixed = "LO1031";

    // LO09xx: the generator itself
    public const string OutputLocked = "LO0901";
    public const string OutputNotOurs = "LO0902";
    public const string OutputHoldsSources = "LO0903";
    public const string OutputInsideSources = "LO0904";
    public const string OutputNotAFolder = "LO0905";
    public const string OutputDiskFull = "LO0906";
    public const string OutputReadOnly = "LO0907";
    public const string OutputWriteFailed = "LO0908";
    public const string PreviewFolderNotPrivate = "LO0909";
    public const string InternalError = "LO0999";
}
