/**
 * Synthetic campaigns for the benchmark: N pages in the default locale, translated into
 * the other locales except for one page in ten (which the site then serves as a
 * fallback), and N/50 toolkits per locale with three activities, a worksheet and a help
 * box. Content is drawn from a seeded generator per page, so a page is the same text in
 * every run and in every size of site (N=500 holds the N=100 pages and more).
 *
 * Only components and attributes that the content check accepts are used, and every
 * citation points at a real paragraph (1-89) of A/HRC/28/56.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AUDIENCES, ACTIVITY_PURPOSES } from '../../src/lib/content/toolkit-schema.ts';
import { eventsYaml, supporterLogoSvg, supportersYaml } from './people-data.ts';
import { createRandom, type Random } from './prng.ts';
import { LANGUAGES, type BenchLocale, type Language } from './words.ts';

const ROOT = join(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'campaigns/sid-2027');
const SOURCE = 'A/HRC/28/56';
const PARAGRAPHS = 89;
const CALLOUT_KINDS = ['tip', 'warning', 'note'] as const;
/** Facts of the demo's facts.yaml that have a label in all six languages. */
const FACTS = ['internet-users-2013', 'child-helplines', 'child-helpline-countries', 'inhope-hotlines'] as const;
/** Header colours with at least 4.5:1 contrast against white text. */
const BRAND_COLOURS = ['#1d4ed8', '#14532d', '#581c87', '#9f1239', '#1e3a8a', '#7c2d12'] as const;

/** What to generate. */
export interface GenerateOptions {
  /** Pages per locale (the default locale has all of them). */
  pages: number;
  /** Locales, default locale first. */
  locales: readonly BenchLocale[];
  seed: number;
  /** Pages per campaign; the site holds ceil(pages / pagesPerCampaign) campaigns. */
  pagesPerCampaign: number;
  /** Toolkits per campaign and locale. */
  toolkitsPerCampaign: number;
  /** Supporters (each with its own SVG logo) and events of the first campaign. */
  supporters?: number;
  events?: number;
}

/** What was generated. */
export interface GeneratedSite {
  campaignsDir: string;
  campaigns: number;
  /** MDX files written: pages plus toolkits, in all locales. */
  mdxFiles: number;
  pageFiles: number;
  toolkitFiles: number;
  /** Total bytes of the MDX files. */
  mdxBytes: number;
  /** Routes the site serves for these files, translations and fallbacks. */
  pageRoutes: number;
  toolkitRoutes: number;
}

/** Mixes integers into one 32-bit seed (FNV-1a over their decimal digits). */
function seedOf(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function words(random: Random, language: Language, min: number, max: number): string {
  const count = random.int(min, max);
  return Array.from({ length: count }, () => random.pick(language.words)).join(language.space);
}

function capitalise(text: string, language: Language): string {
  return language.capitalise ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

function sentence(random: Random, language: Language): string {
  let text = words(random, language, 7, 15);
  if (random.next() < 0.2) {
    const bold = words(random, language, 1, 3);
    text = `${text}${language.space}**${bold}**`;
  }
  return capitalise(text, language) + language.stop;
}

function paragraph(random: Random, language: Language, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random, language)).join(language.space || '');
}

function cite(random: Random): string {
  const para = random.int(1, PARAGRAPHS);
  const spec = random.next() < 0.2 && para < PARAGRAPHS ? `${para}-${para + 1}` : String(para);
  return `<Cite source="${SOURCE}" para="${spec}" />`;
}

function heading(random: Random, language: Language): string {
  return capitalise(words(random, language, 2, 5), language);
}

/** A short label with no characters that would need escaping in YAML or an attribute. */
function label(random: Random, language: Language, min: number, max: number): string {
  return capitalise(words(random, language, min, max), language);
}

function yamlString(text: string): string {
  return JSON.stringify(text);
}

function list(random: Random, language: Language, ordered: boolean, min: number, max: number): string {
  const count = random.int(min, max);
  return Array.from(
    { length: count },
    (_, index) =>
      `${ordered ? `${index + 1}.` : '-'} ${capitalise(words(random, language, 4, 10), language)}${language.stop}`,
  ).join('\n');
}

/** One campaign page of 2-3 KB: headings, paragraphs, lists, citations, a callout and sometimes a fact. */
export function pageMdx(random: Random, language: Language, order: number, kind: 'home' | 'help' | 'page'): string {
  const title = kind === 'help' ? label(random, language, 2, 3) : label(random, language, 3, 6);
  const description = label(random, language, 8, 14).slice(0, 180) + language.stop;
  const target = random.int(2150, 2900);
  const blocks: string[] = [];
  blocks.push(`${paragraph(random, language, 3)} ${cite(random)}`);
  blocks.push(`## ${heading(random, language)}`);
  blocks.push(paragraph(random, language, 2));
  blocks.push(list(random, language, false, 3, 5));
  blocks.push(
    `<Callout kind="${random.pick(CALLOUT_KINDS)}">\n\n${paragraph(random, language, 2)} ${cite(random)}\n\n</Callout>`,
  );
  if (kind === 'help') blocks.push('<HelpBox />');
  if (random.next() < 0.25) blocks.push(`- <Fact id="${random.pick(FACTS)}" />`);
  blocks.push(`## ${heading(random, language)}`);
  blocks.push(list(random, language, true, 3, 4));
  let body = blocks.join('\n\n');
  const size = () => Buffer.byteLength(body);
  while (size() < target) {
    const more =
      random.next() < 0.3
        ? `### ${heading(random, language)}\n\n${paragraph(random, language, 2)} ${cite(random)}`
        : `${paragraph(random, language, 2)}`;
    if (size() + Buffer.byteLength(more) > 3000 && size() > 2048) break;
    body += `\n\n${more}`;
  }
  return `---\ntitle: ${yamlString(title)}\ndescription: ${yamlString(description)}\norder: ${order}\n---\n\n${body}\n`;
}

/** An assembly of four slides, each a short list or sentence with speaker notes, so that the bench times slide PDFs too. */
function assemblyMdx(random: Random, language: Language): string {
  const slides = Array.from({ length: 4 }, (_, index) => {
    const shown = index % 2 ? list(random, language, false, 3, 3) : label(random, language, 6, 10) + language.stop;
    const notes = paragraph(random, language, 2);
    return `<Slide title="${label(random, language, 2, 4)}">\n\n${shown}\n\n<SpeakerNotes>\n\n${notes}\n\n</SpeakerNotes>\n</Slide>`;
  });
  return `<Assembly title="${label(random, language, 3, 5)}" minutes={15}>\n\n${slides.join('\n\n')}\n\n</Assembly>`;
}

/**
 * One toolkit: frontmatter with objectives and vocabulary, three activities with steps and
 * discussion, a worksheet, an assembly when `withAssembly`, and the help box.
 */
export function toolkitMdx(random: Random, language: Language, audienceIndex: number, withAssembly = false): string {
  const audience = AUDIENCES[audienceIndex % AUDIENCES.length] ?? 'educators';
  const activities = Array.from({ length: 3 }, () => ({
    title: label(random, language, 2, 5),
    minutes: random.pick([10, 15, 20] as const),
    purpose: random.pick(ACTIVITY_PURPOSES),
    materials: Array.from({ length: random.int(1, 3) }, () => label(random, language, 1, 3)).join('; '),
  }));
  const duration = activities.reduce((sum, activity) => sum + activity.minutes, 0);
  const objectives = Array.from(
    { length: 3 },
    () => `  - ${yamlString(label(random, language, 6, 12) + language.stop)}`,
  ).join('\n');
  const vocabulary = Array.from(
    { length: 3 },
    () =>
      `  - term: ${yamlString(label(random, language, 1, 2))}\n    definition: ${yamlString(label(random, language, 6, 12) + language.stop)}`,
  ).join('\n');
  const summary = (label(random, language, 10, 18) + language.stop).slice(0, 280);
  const frontmatter = `---\ntitle: ${yamlString(label(random, language, 3, 6))}\nsummary: ${yamlString(summary)}\naudience: ${audience}\nobjectives:\n${objectives}\nvocabulary:\n${vocabulary}\nduration: ${duration}\n---`;
  const blocks: string[] = [
    `${paragraph(random, language, 3)} ${cite(random)}`,
    `<Callout kind="note">\n\n${paragraph(random, language, 2)}\n\n</Callout>`,
    '<Vocabulary />',
    `## ${heading(random, language)}`,
    list(random, language, false, 3, 3),
  ];
  for (const activity of activities) {
    blocks.push(
      `<Activity title="${activity.title}" minutes={${activity.minutes}} purpose="${activity.purpose}" materials="${activity.materials}">\n\n` +
        `${paragraph(random, language, 2)}\n\n` +
        `<Steps>\n\n${list(random, language, true, 5, 6)}\n\n</Steps>\n\n` +
        `<Discussion>\n\n${list(random, language, false, 3, 3)}\n\n</Discussion>\n\n` +
        `<Callout kind="${random.pick(CALLOUT_KINDS)}">\n\n${paragraph(random, language, 2)} ${cite(random)}\n\n</Callout>\n\n` +
        `</Activity>`,
    );
  }
  blocks.push(
    `<Worksheet title="${label(random, language, 2, 4)}" lines={6}>\n\n${paragraph(random, language, 2)}\n\n</Worksheet>`,
  );
  if (withAssembly) blocks.push(assemblyMdx(random, language));
  blocks.push('<HelpBox />');
  return `${frontmatter}\n\n${blocks.join('\n\n')}\n`;
}

function campaignYaml(locales: readonly BenchLocale[], index: number, hasSupporters: boolean): string {
  const lines = (field: 'title' | 'tagline') =>
    locales
      .map(
        (locale) =>
          `  ${locale}: ${yamlString(`${LANGUAGES[locale][field]}${field === 'title' ? ` ${index + 1}` : ''}`)}`,
      )
      .join('\n');
  return [
    `# Generated by tests/bench/generate.ts: synthetic campaign ${index + 1}.`,
    `title:\n${lines('title')}`,
    `tagline:\n${lines('tagline')}`,
    'date: 2027-02-09',
    `defaultLocale: ${locales[0]}`,
    `locales: [${locales.join(', ')}]`,
    'brand:',
    `  primary: "${BRAND_COLOURS[index % BRAND_COLOURS.length]}"`,
    '  accent: "#fbbf24"',
    '  logo: logo.svg',
    'organiser:',
    '  name: sidkit benchmark',
    '  url: https://example.org/',
    'partners: []',
    'licence:',
    '  name: CC BY 4.0',
    '  url: https://creativecommons.org/licenses/by/4.0/',
    ...(hasSupporters ? ['supporters:', '  join: mailto:supporters@example.org'] : []),
    '',
  ].join('\n');
}

/** The file a page is written to: the home page, the help page, or a numbered page (one in ten under guides/). */
function pagePath(index: number): string {
  if (index === 0) return 'index.mdx';
  if (index === 1) return 'get-help.mdx';
  const name = `page-${String(index).padStart(4, '0')}.mdx`;
  return index % 10 === 5 ? `guides/${name}` : name;
}

/** Whether a non-default locale has its own translation of the page (the home and help pages always do). */
function translated(index: number): boolean {
  return index < 2 || index % 10 !== 9;
}

function write(file: string, text: string): number {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

/** Writes the campaigns into `<dir>/campaigns`, replacing what was there. */
export function generateSite(dir: string, options: GenerateOptions): GeneratedSite {
  const campaignsDir = join(dir, 'campaigns');
  rmSync(campaignsDir, { recursive: true, force: true });
  const campaigns = Math.ceil(options.pages / options.pagesPerCampaign);
  const [defaultLocale] = options.locales;
  if (!defaultLocale) throw new Error('at least one locale is needed');
  const result: GeneratedSite = {
    campaignsDir,
    campaigns,
    mdxFiles: 0,
    pageFiles: 0,
    toolkitFiles: 0,
    mdxBytes: 0,
    pageRoutes: 0,
    toolkitRoutes: 0,
  };
  const help = readFileSync(join(DEMO, 'help.yaml'), 'utf8');
  const facts = readFileSync(join(DEMO, 'facts.yaml'), 'utf8');
  for (let c = 0; c < campaigns; c++) {
    const id = `bench-${String(c + 1).padStart(3, '0')}`;
    const root = join(campaignsDir, id);
    mkdirSync(root, { recursive: true });
    const supporters = c === 0 ? (options.supporters ?? 0) : 0;
    const events = c === 0 ? (options.events ?? 0) : 0;
    writeFileSync(join(root, 'campaign.yaml'), campaignYaml(options.locales, c, supporters > 0));
    if (supporters > 0) {
      const { text, logos } = supportersYaml(supporters);
      writeFileSync(join(root, 'supporters.yaml'), text);
      logos.forEach((logo, i) => write(join(root, logo), supporterLogoSvg(i)));
    }
    if (events > 0) writeFileSync(join(root, 'events.yaml'), eventsYaml(events));
    writeFileSync(join(root, 'help.yaml'), help);
    writeFileSync(join(root, 'facts.yaml'), facts);
    copyFileSync(join(DEMO, 'logo.svg'), join(root, 'logo.svg'));
    const count = Math.min(options.pagesPerCampaign, options.pages - c * options.pagesPerCampaign);
    for (let p = 0; p < count; p++) {
      const kind = p === 0 ? 'home' : p === 1 ? 'help' : 'page';
      for (const locale of options.locales) {
        result.pageRoutes++;
        if (locale !== defaultLocale && !translated(p)) continue;
        const random = createRandom(seedOf(options.seed, 'page', c, p, locale));
        result.mdxBytes += write(join(root, locale, pagePath(p)), pageMdx(random, LANGUAGES[locale], p, kind));
        result.pageFiles++;
      }
    }
    for (let t = 0; t < options.toolkitsPerCampaign; t++) {
      for (const locale of options.locales) {
        const random = createRandom(seedOf(options.seed, 'toolkit', c, t, locale));
        result.mdxBytes += write(
          join(root, locale, 'toolkits', `toolkit-${t + 1}.mdx`),
          // Every third toolkit has an assembly, printed as slides and speaker notes.
          toolkitMdx(random, LANGUAGES[locale], c * options.toolkitsPerCampaign + t, t % 3 === 0),
        );
        result.toolkitFiles++;
        result.toolkitRoutes++;
      }
    }
  }
  result.mdxFiles = result.pageFiles + result.toolkitFiles;
  return result;
}
