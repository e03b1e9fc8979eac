/**
 * The files `npm run new` writes, as text: campaign.yaml, help.yaml, kit.yaml, a home page,
 * a "Get help" page, a blank page and a toolkit skeleton, each in the language it is written
 * in. Every one passes the content check as written.
 */
import { stringify } from 'yaml';
import { formatLongDate } from '../../i18n/format.ts';
import { createTranslate } from '../../i18n/translate.ts';
import type { Audience } from '../content/toolkit-schema.ts';
import { kitStarterText, type KitStarterText } from './kit-starter-text.ts';
import { starterText } from './starter-text.ts';

/** What campaign.yaml is written from. */
export interface NewCampaign {
  title: string;
  date: string;
  /** The default locale first. */
  locales: readonly string[];
  organiser: { name: string; url: string };
}

/** One YAML value on one line, quoted only where YAML needs it. */
function yamlValue(value: string | number): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

const fill = (template: string, values: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);

function mdx(fields: Readonly<Record<string, unknown>>, body: string): string {
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n\n${body}\n`;
}

/** A new campaign's campaign.yaml: the title in every locale (to translate), the starter tagline of each locale. */
export function campaignYaml(campaign: NewCampaign): string {
  const perLocale = (text: (locale: string) => string) =>
    campaign.locales.map((locale) => `  ${locale}: ${yamlValue(text(locale))}`);
  return [
    '# Created with `npm run new -- campaign`; README.md ("Adding a campaign") explains every setting.',
    "# title: the campaign's name in each language; translate it for every locale but the first.",
    'title:',
    ...perLocale(() => campaign.title),
    'tagline:',
    ...perLocale((locale) => starterText(locale).tagline),
    `date: ${yamlValue(campaign.date)}`,
    `defaultLocale: ${campaign.locales[0]}`,
    `locales: [${campaign.locales.join(', ')}]`,
    'brand:',
    '  primary: "#1d4ed8"   # header colour; it must be dark enough for white text',
    '  accent: "#fbbf24"    # the "Get help" button and highlights',
    '# who runs the campaign, shown in every page footer',
    'organiser:',
    `  name: ${yamlValue(campaign.organiser.name)}`,
    `  url: ${yamlValue(campaign.organiser.url)}`,
    'licence:',
    '  name: CC BY 4.0',
    '  url: https://creativecommons.org/licenses/by/4.0/',
    '',
  ].join('\n');
}

/** An empty help directory, with the form of an entry in a comment. */
export function helpYaml(): string {
  return [
    '# Where to get help: the entries <HelpBox /> shows on the "Get help" page and in toolkits.',
    '# Add only services a source vouches for, and check each one again at least once a year,',
    '# then update lastVerified: `npm run check` warns about entries not checked for a year.',
    '# Replace the empty list [] below with entries like this one (src/lib/sources/help-schema.ts):',
    '#',
    '# - id: eu-116-111',
    '#   country: EU',
    '#   name: 116 111, the harmonised European number for child helplines',
    '#   kind: helpline',
    '#   phone: "116 111"',
    '#   source: Commission Decision 2007/116/EC, Annex as amended by Decision 2007/698/EC',
    '#   lastVerified: "2027-01-15"',
    '[]',
    '',
  ].join('\n');
}

/** What kit.yaml is written from: the campaign's settings. */
export interface KitCampaign {
  date: string;
  locales: readonly string[];
  organiser: { name: string; url: string };
}

/**
 * A starter kit.yaml: one message, one poster, a call to action, the press contact (the
 * organiser) and a newsletter, in each of the campaign's locales, with comments on what each
 * part is for.
 */
export function kitYaml(campaign: KitCampaign): string {
  const perLocale = (indent: string, key: keyof KitStarterText) =>
    campaign.locales.map((locale) => {
      const values = { date: formatLongDate(campaign.date, locale), organiser: campaign.organiser.name };
      return `${indent}${locale}: ${yamlValue(fill(kitStarterText(locale)[key], values))}`;
    });
  return [
    '# Created with `npm run new -- kit`; campaigns/README.md ("The campaign kit") explains every',
    '# field. Replace the starter text with your own, in every language: `npm run check` reports',
    '# a message too long for its networks, and a text missing in a language.',
    'hashtag: "#SaferInternetDay"',
    '# Ready-to-post messages; the hashtag is added to a post that lacks it. Add platforms: [x, bluesky]',
    '# to check a message against those networks only; without it, it must fit every network.',
    'messages:',
    '  - id: the-day',
    '    text:',
    ...perLocale('      ', 'message'),
    '# Posters of your own, printed next to the one made from the tagline.',
    'posters:',
    '  - id: tell-someone',
    '    headline:',
    ...perLocale('      ', 'posterHeadline'),
    '    body:',
    ...perLocale('      ', 'posterBody'),
    'callToAction:',
    ...perLocale('  ', 'callToAction'),
    '# The press release: who journalists contact, and a paragraph about the organiser.',
    'press:',
    '  contact:',
    `    name: ${yamlValue(campaign.organiser.name)}`,
    `    url: ${yamlValue(campaign.organiser.url)}`,
    '  boilerplate:',
    ...perLocale('    ', 'boilerplate'),
    '# The text schools send to parents.',
    'newsletter:',
    '  subject:',
    ...perLocale('    ', 'newsletterSubject'),
    '  body:',
    ...perLocale('    ', 'newsletterBody'),
    '',
  ].join('\n');
}

/** A campaign's home page in one locale. */
export function homePage(locale: string, title: string, date: string): string {
  const text = starterText(locale).home;
  return mdx(
    { title, description: fill(text.description, { date: formatLongDate(date, locale) }), order: 0 },
    text.body,
  );
}

/** The "Get help" page in one locale: a few words and the help directory. */
export function getHelpPage(locale: string): string {
  const text = starterText(locale).help;
  return mdx({ title: text.title, description: text.description, order: 90 }, `${text.body}\n\n<HelpBox />`);
}

/** A blank page in one locale. */
export function blankPage(locale: string, title: string): string {
  const text = starterText(locale).page;
  return mdx({ title, description: text.description, order: 50 }, text.body);
}

const SKELETON_MINUTES = 20;

/** A toolkit skeleton in one locale: vocabulary, one activity with steps and a discussion, a worksheet and the help box. */
export function toolkitSkeleton(locale: string, title: string, audience: Audience): string {
  const text = starterText(locale).toolkit;
  const t = createTranslate(locale);
  const fields = {
    title,
    summary: fill(text.summary, { minutes: String(SKELETON_MINUTES), audience: t(`audience.${audience}`) }),
    audience,
    objectives: [text.objective],
    vocabulary: [{ term: text.term, definition: text.definition }],
    duration: SKELETON_MINUTES,
  };
  const body = [
    text.intro,
    '<Vocabulary />',
    `<Activity title=${JSON.stringify(text.activity)} minutes={${SKELETON_MINUTES}} purpose="start-conversations" materials=${JSON.stringify(text.materials)}>`,
    text.activityIntro,
    '<Steps>',
    text.steps.map((step, index) => `${index + 1}. ${step}`).join('\n'),
    '</Steps>',
    '<Discussion>',
    `- ${text.question}`,
    '</Discussion>',
    '</Activity>',
    `<Worksheet title=${JSON.stringify(text.worksheet)} lines={6}>`,
    text.worksheetBody,
    '</Worksheet>',
    '<HelpBox />',
  ];
  return mdx(fields, body.join('\n\n'));
}

/** A page title from the last part of its address: `for-schools` → "For schools". */
export function titleFromSlug(slug: string): string {
  const words = (slug.split('/').at(-1) ?? slug).replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
