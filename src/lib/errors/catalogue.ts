/**
 * The catalogue of content problems sidkit reports. Every user-facing error in the
 * project is one of these kinds, so messages stay consistent and tests can match names.
 */
import type { ProblemKind } from './problem.ts';

const kind = (name: string, title: string, hint: string): ProblemKind => ({ name, title, hint });

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
export const InvalidPagePath = kind(
  'InvalidPagePath',
  'Page file name cannot become a URL',
  'Name files and folders with lowercase letters, digits and hyphens, e.g. get-help.mdx.',
);
export const PageOutsideLocale = kind(
  'PageOutsideLocale',
  'Page is not inside a locale folder',
  'Move the file into a locale folder such as en/, so sidkit knows its language.',
);
