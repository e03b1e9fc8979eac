/**
 * The catalogue of content problems sidkit reports. Every user-facing error in the
 * project is one of these kinds, so messages stay consistent and tests can match names.
 */
import type { ProblemKind } from './problem.ts';

const kind = (name: string, title: string, hint: string, severity?: 'warning'): ProblemKind =>
  severity ? { name, title, hint, severity } : { name, title, hint };

export const CampaignFileMissing = kind(
  'CampaignFileMissing',
  'Campaign folder has no campaign.yaml',
  'Add campaign.yaml to the folder (copy one from campaigns/sid-2027), or remove the folder.',
);
export const YamlSyntax = kind(
  'YamlSyntax',
  'File is not valid YAML',
  'Check indentation and quoting at the line shown; text containing ":" or "#" needs quotes.',
);
export const YamlTabIndent = kind(
  'YamlTabIndent',
  'Tab used for indentation in YAML',
  'YAML indents with spaces only: replace the tab with spaces (two per level, lined up with the lines around it). Most editors can be set to insert spaces in .yaml files.',
);
export const CampaignFieldInvalid = kind(
  'CampaignFieldInvalid',
  'Invalid campaign setting',
  'Correct the field in campaign.yaml; campaigns/README.md lists every setting.',
);
export const FrontmatterMissing = kind(
  'FrontmatterMissing',
  'Page has no frontmatter',
  'Start the file with a block between two "---" lines holding at least title and description.',
);
export const FrontmatterFieldInvalid = kind(
  'FrontmatterFieldInvalid',
  'Invalid page frontmatter',
  'Correct the field in the block between the "---" lines at the top of the file.',
);
export const UnknownLocale = kind(
  'UnknownLocale',
  'Unknown locale',
  'Use one of the locale codes sidkit ships UI strings for, or add a dictionary in src/i18n/ui/.',
);
export const LocaleNotInCampaign = kind(
  'LocaleNotInCampaign',
  'Locale folder not listed in campaign.yaml',
  'Add the locale to "locales" in campaign.yaml, or move the folder out of the campaign.',
);
export const InvalidDate = kind(
  'InvalidDate',
  'Invalid date',
  'Write the date as YYYY-MM-DD, for example 2027-02-09, and check that the day exists.',
);
export const DuplicateSlug = kind(
  'DuplicateSlug',
  'Two pages share one URL',
  'Rename or move one of the files so that each page has its own URL.',
);
export const HomePageMissing = kind(
  'HomePageMissing',
  'Campaign has no home page',
  'Add index.mdx in the default locale folder; it becomes the campaign home page.',
);
export const LowContrastColour = kind(
  'LowContrastColour',
  'Brand colour is too light for white text',
  'Pick a darker shade: white text on it needs a contrast ratio of at least 4.5:1 (WCAG 2.2 AA).',
);
export const UnknownUiString = kind(
  'UnknownUiString',
  'Unknown UI string override',
  'Use one of the keys in src/i18n/ui/en.ts, or remove the override.',
);
export const LogoInvalid = kind(
  'LogoInvalid',
  'Campaign logo cannot be used',
  'Point "brand.logo" at an SVG file inside the campaign folder, without scripts.',
);
export const KeyVisualInvalid = kind(
  'KeyVisualInvalid',
  'Campaign key visual cannot be used',
  'Point "brand.keyVisual" at an SVG, PNG, JPEG or WebP file inside the campaign folder, e.g. key-visual.svg, or remove the field.',
);
export const InvalidPagePath = kind(
  'InvalidPagePath',
  'Page file name cannot become a URL',
  'Name files and folders with lowercase letters, digits and hyphens, e.g. get-help.mdx.',
);
export const PageSlugReserved = kind(
  'PageSlugReserved',
  'Page URL taken by a page sidkit builds',
  'Rename the file: sidkit builds the campaign kit at /<locale>/<campaign>/kit/ from kit.yaml and the campaign data.',
);
export const PageOutsideLocale = kind(
  'PageOutsideLocale',
  'Page is not inside a locale folder',
  'Move the file into a locale folder such as en/, so sidkit knows its language.',
);

// Sources, facts and help (src/data/sources/, campaigns/<id>/facts.yaml and help.yaml).

export const SourceFieldInvalid = kind(
  'SourceFieldInvalid',
  'Invalid source entry',
  'Correct the field in the source file; src/lib/sources/source-schema.ts describes every field.',
);
export const SourceFileMisnamed = kind(
  'SourceFileMisnamed',
  'Source file is named after another document',
  'Name the file after the document symbol, e.g. a-hrc-28-56.yaml for A/HRC/28/56, so each source is found by its symbol.',
);
export const OutlineRangeInvalid = kind(
  'OutlineRangeInvalid',
  'Table of contents does not fit the paragraphs',
  'Copy the paragraph ranges from the table of contents of the document: sections follow each other without gap or overlap.',
);
export const UnknownSource = kind(
  'UnknownSource',
  'Unknown source document',
  'Fix the document symbol, or add the document to src/data/sources/.',
);
export const ParagraphSpecInvalid = kind(
  'ParagraphSpecInvalid',
  'Paragraphs cannot be read',
  'Write paragraph numbers, ranges with a dash and sub-paragraph letters in brackets, separated by commas, e.g. "29, 61-62, 88(f)".',
);
export const ParagraphOutOfRange = kind(
  'ParagraphOutOfRange',
  'Paragraph is not in the document',
  'Check the paragraph number against the document; its entry in src/data/sources/ says how many paragraphs it has.',
);
export const FootnoteOutOfRange = kind(
  'FootnoteOutOfRange',
  'Footnote is not in the document',
  'Check the footnote number against the document; its entry in src/data/sources/ gives its first and last footnote.',
);
export const FactFieldInvalid = kind(
  'FactFieldInvalid',
  'Invalid fact',
  'Correct the field in facts.yaml; src/lib/sources/fact-schema.ts describes every field.',
);
export const KitFieldInvalid = kind(
  'KitFieldInvalid',
  'Invalid kit',
  'Correct the field in kit.yaml; src/lib/kit/kit-schema.ts describes every field.',
);
export const KitMessageTooLong = kind(
  'KitMessageTooLong',
  'Message is too long to post',
  'Shorten the text in this language until it fits: the count is of the whole post, hashtag included, as the network counts it (campaigns/README.md has the limits).',
);
export const KitTranslationMissing = kind(
  'KitTranslationMissing',
  'Kit text missing in a language',
  'Add the text in this language. Until then the kit leaves it out in that language: it is never shown in another language instead.',
  'warning',
);
export const KitLocaleNotInCampaign = kind(
  'KitLocaleNotInCampaign',
  'Kit text in a language the campaign is not published in',
  'Check the locale code against "locales" in campaign.yaml (e.g. "zh", not "zh-CN"); add the language to the campaign, or remove the text.',
);
export const UnknownFact = kind(
  'UnknownFact',
  'Unknown fact',
  'Fix the id, or add the fact to facts.yaml with its source.',
);
export const FactLabelMissing = kind(
  'FactLabelMissing',
  'Fact has no label in this language',
  "Add the label for this locale to the fact in facts.yaml; a fact is never shown with another language's label.",
);
export const DuplicateId = kind(
  'DuplicateId',
  'Two entries share one id',
  'Rename one of the entries: pages refer to an entry by its id, so each id is used once in the file.',
);
export const HelpEntryInvalid = kind(
  'HelpEntryInvalid',
  'Invalid help entry',
  'Correct the field in help.yaml; src/lib/sources/help-schema.ts describes every field.',
);
export const HelpPrimaryInvalid = kind(
  'HelpPrimaryInvalid',
  'Invalid primary helpline',
  'Set "primary" on one helpline with a phone number per locale; campaigns/README.md explains it under "The help directory".',
);
export const HelpEntryStale = kind(
  'HelpEntryStale',
  'Help entry not checked for over a year',
  'Check the entry against its source, then set lastVerified to the date of the check.',
  'warning',
);

// Who takes part: supporters (supporters.yaml, supporters/<id>.yaml) and events (events.yaml).

export const SupporterFieldInvalid = kind(
  'SupporterFieldInvalid',
  'Invalid supporter',
  'Correct the field in the supporter’s entry; campaigns/README.md, “Supporters”, describes every field.',
);
export const SupporterLogoMissing = kind(
  'SupporterLogoMissing',
  'Supporter logo file not found',
  'Save the logo (SVG or PNG) in the campaign folder, e.g. supporters/logos/<id>.svg, and give its path from the campaign folder.',
);
export const SupporterLogoTooLarge = kind(
  'SupporterLogoTooLarge',
  'Supporter logo is too large',
  'A wall shows many logos at a small size: use an SVG, or a PNG of at most 2000 px a side and 300 KB.',
);
export const DuplicateSupporter = kind(
  'DuplicateSupporter',
  'Supporter listed twice',
  'Keep one of the two entries: the same website, or the same name in the same country, is taken to be the same supporter.',
);
export const EventFieldInvalid = kind(
  'EventFieldInvalid',
  'Invalid event',
  'Correct the field in events.yaml; campaigns/README.md, “Events”, describes every field.',
);
export const EventTimeInvalid = kind(
  'EventTimeInvalid',
  'Event time does not work',
  'Give the start and end as they read on a clock where the event takes place, e.g. start: 2027-02-09T18:00 with timeZone: Europe/Paris, the end after the start.',
);
export const EntryAppendFailed = kind(
  'EntryAppendFailed',
  'New entry could not be added to the file',
  'Write the file as a block list, one entry starting with “- id:” at the start of a line, as in campaigns/sid-2027/events.yaml; then run the command again.',
);
export const MdxSyntax = kind(
  'MdxSyntax',
  'Page cannot be read as MDX',
  'Check the line shown: every <Component> needs a closing tag or "/>", and a literal { or < must be escaped as \\{ or \\<.',
);
export const TableRowTooLong = kind(
  'TableRowTooLong',
  'Table row has more cells than its header',
  'Markdown drops the cells beyond the header row, so readers never see them: add a column to the header (and to the |---| line), or merge the extra cells into the last one.',
  'warning',
);
export const FollowOnProblemsLeftOut = kind(
  'FollowOnProblemsLeftOut',
  'Problems that follow from this file were left out',
  'Fix the problem(s) reported above in this file and run the check again: what it left out is checked then.',
  'warning',
);
export const RawHtmlTag = kind(
  'RawHtmlTag',
  'HTML tag in a page',
  'Write it in Markdown instead; campaigns/README.md shows how.',
);
// Content that could run code: MDX is Markdown and components only (src/lib/content/check-code.ts),
// and links go only to web, email and phone addresses (src/lib/safe-url.ts, src/lib/content/check-links.ts).

export const CodeImportExport = kind(
  'CodeImportExport',
  'Page imports or exports code',
  'Remove the line: a page is Markdown and sidkit components, and cannot load modules or read files. Write the text itself, or use a component, such as <Fact id="…" /> for a figure. A campaign whose developers vouch for its code can set trustedCode: true in campaign.yaml (README, “Trusted code”).',
);
export const CodeExpression = kind(
  'CodeExpression',
  'Page runs a JavaScript expression',
  'Write the text itself; to show a brace, write \\{. An attribute is text in quotes, or a number, true or false in braces, e.g. minutes={15}. A note for editors is a comment, {/* … */}. A campaign whose developers vouch for its code can set trustedCode: true in campaign.yaml (README, “Trusted code”).',
);
export const UnsafeLink = kind(
  'UnsafeLink',
  'Link to something other than a web page, email or phone number',
  'Link to an https: (or http:) address, a mailto: or tel: link, another page by its relative path (../get-help/) or a section of the page (#contacts). Other kinds of address, such as javascript: and data:, can run code in the reader’s browser, however they are written.',
);
export const UnknownComponent = kind(
  'UnknownComponent',
  'Unknown component',
  'Use one of the components listed in campaigns/README.md; nothing unknown is dropped silently.',
);
export const ComponentAttributeInvalid = kind(
  'ComponentAttributeInvalid',
  'Invalid component attribute',
  'Correct the attribute; campaigns/README.md shows an example of every component.',
);
export const ComponentOutsideParent = kind(
  'ComponentOutsideParent',
  'Component outside the component it belongs in',
  'Move it inside the component named in the message: <AnswerBox> and <DrawingArea> are parts of a <Worksheet>, the page pupils write on.',
);
export const QuizQuestionInvalid = kind(
  'QuizQuestionInvalid',
  'Quiz question cannot be marked',
  'Write each <Question> inside a <Quiz>, with at least two <Option id="…"> (or kind="true-false"), an answer that names one option (true or false for true/false), and a <Feedback> saying why.',
);
export const AssemblyInvalid = kind(
  'AssemblyInvalid',
  'Assembly cannot be printed as slides',
  'Write one <Assembly title="…" minutes={15}> per toolkit, with each <Slide title="…"> inside it and each <SpeakerNotes> inside a slide (one per slide); campaigns/README.md shows an example.',
);
export const SlideTooWordy = kind(
  'SlideTooWordy',
  'Slide has too much text to read from the back of a hall',
  'Keep a slide to a few short lines and move the rest into its <SpeakerNotes>, which the presenter says aloud.',
  'warning',
);
export const ToolkitDurationMismatch = kind(
  'ToolkitDurationMismatch',
  'Toolkit duration does not match its activities',
  'Set "duration" to the sum of the activities\' minutes, or correct an activity\'s minutes.',
);
export const PdfCannotExpress = kind(
  'PdfCannotExpress',
  'Toolkit content cannot be put in its PDF',
  'Use only Markdown and the toolkit components in toolkits; campaigns/README.md lists what a PDF can show.',
);
export const PdfCompileFailed = kind(
  'PdfCompileFailed',
  'Typst could not make the toolkit PDF',
  'This is a sidkit bug if the content passed every other check: report it with the message shown.',
);
export const KitDocumentFailed = kind(
  'KitDocumentFailed',
  'Typst could not make a print document of the kit',
  'The field names the document (a poster, certificate, press release or fact sheet). This is a sidkit bug if kit.yaml and campaign.yaml passed every other check: report it with the message shown.',
);
export const PictureDrawFailed = kind(
  'PictureDrawFailed',
  'Typst could not draw a share card or kit picture',
  'Check the title or text named in the message (campaign.yaml, kit.yaml or the page); otherwise this is a sidkit bug: report it with the message shown.',
);
export const FinishStepFailed = kind(
  'FinishStepFailed',
  'A finishing step of the build failed',
  'This is a sidkit bug if the content passed every other check: report it with the message shown.',
);
export const BuildAlreadyRunning = kind(
  'BuildAlreadyRunning',
  'Another build of this output folder is running',
  'Wait for the other build to finish (or stop it), then build again; to build two sites at once, give each its own SIDKIT_OUT_DIR.',
);
export const UnknownCampaign = kind(
  'UnknownCampaign',
  'No such campaign to build',
  'Name a campaign folder of the campaigns folder, e.g. npm run build -- --campaign sid-2027, or leave out --campaign to build every campaign.',
);
export const ToolkitHelpBoxMissing = kind(
  'ToolkitHelpBoxMissing',
  'Toolkit does not say where to get help',
  'End the toolkit with <HelpBox />: its PDF lists the campaign’s helplines on the last page.',
);
export const GlyphNotInFonts = kind(
  'GlyphNotInFonts',
  'Character that no PDF font can print',
  'Replace the character with one the fonts have, or say it in words; if the language needs it, add an npm font package that covers it to src/lib/pdf/fonts.ts.',
);

// Terminology (src/data/terminology/<locale>.yaml, checked against every page and toolkit).

export const TerminologyRuleInvalid = kind(
  'TerminologyRuleInvalid',
  'Invalid terminology rule',
  'Correct the rule in the terminology file; src/lib/terminology/terminology-schema.ts describes every field.',
);
export const TerminologyFinding = kind(
  'TerminologyFinding',
  'Term that child rights guidance asks to avoid',
  'Use the suggested term. To keep the words of a quotation or the name of a legal instrument, wrap them in <Quote> (or <Quote kind="title">).',
);
export const SearchIndexFailed = kind(
  'SearchIndexFailed',
  'Pagefind could not build the search index',
  'This is a sidkit bug if the build passed every other check: report it with the message shown.',
);

// The organiser's commands: npm run new, i18n:status and check (src/cli/).

export const CommandInvalid = kind(
  'CommandInvalid',
  'Command not understood',
  'Run the command with --help to see its arguments and options.',
);
export const NameInvalid = kind(
  'NameInvalid',
  'Name cannot become a URL',
  'Use lowercase letters, digits and single hyphens, e.g. sid-2028 or for-schools.',
);
export const NameTaken = kind(
  'NameTaken',
  'Name is already taken',
  'Choose another name, or edit the existing file instead of creating it again.',
);
export const KitFileExists = kind(
  'KitFileExists',
  'Campaign already has a kit',
  'Edit the kit.yaml that is there: the command never overwrites one. To start again from the starter text, delete or rename it first.',
);
export const CampaignNotFound = kind(
  'CampaignNotFound',
  'No such campaign',
  'Use the name of a folder in the campaigns folder that holds a campaign.yaml, or create one with: npm run new -- campaign <name>',
);
export const NotATranslation = kind(
  'NotATranslation',
  'File is not a translation',
  'Pass a page or toolkit in a locale folder other than the default language, at the same path as its original, e.g. campaigns/sid-2027/fr/get-help.mdx.',
);
export const TypeCheckError = kind(
  'TypeCheckError',
  'Type error in the code',
  'Fix the code at the line shown; `npx astro check` shows the same problem with the code around it.',
);
export const TypeCheckFailed = kind(
  'TypeCheckFailed',
  'Type checks could not run',
  'Run `npx astro check` to see its whole output.',
);
export const CampaignNameInvalid = kind(
  'CampaignNameInvalid',
  'Campaign folder name cannot be used',
  'Rename the folder with lowercase letters, digits and hyphens, not one of the names sidkit uses for its own pages.',
);

// Pictures in pages (Markdown `![alt](src)` and `<Figure>`), checked before the bundler runs.

export const PictureAltMissing = kind(
  'PictureAltMissing',
  'Picture has no text alternative',
  'Say in alt what the picture shows, for readers who cannot see it. A purely decorative picture is written <Figure src="…" decorative />, which screen readers skip.',
);
export const PictureNotFound = kind(
  'PictureNotFound',
  'Picture file not found',
  'Check the path, which is relative to the page: pictures shared by every language sit in the campaign’s images/ folder, e.g. ../images/classroom.jpg from en/schools.mdx.',
);
export const PictureSourceInvalid = kind(
  'PictureSourceInvalid',
  'Picture is not a file of the campaign',
  'Save the picture (JPEG, PNG, WebP, AVIF or SVG) in the campaign’s images/ folder and give its path relative to the page, e.g. ../images/classroom.jpg: a page loads nothing from other sites.',
);
export const FigureInText = kind(
  'FigureInText',
  'Figure is written inside a paragraph',
  'Put <Figure … /> on lines of its own, with a blank line before and after it: a figure is a block beside the text, not part of a sentence.',
);
