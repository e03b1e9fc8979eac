/**
 * The built demo inside tests: addresses on the local server, the built files, and one page
 * of each template in the languages the browser tests and gates cover. A new template (a
 * search page, say) is one more line in `templatePages`.
 */
import { inject } from 'vitest';
import { readSite, type SiteFiles } from './quality/site.ts';

/** The demo as the global setup built and serves it. */
export const demo = inject('demo');

/** Every language the demo campaign is published in. */
export const DEMO_LOCALES = ['en', 'fr', 'es', 'ar', 'zh', 'ru'];

/** The languages the gates run in: the default, a right-to-left one, and one written in Chinese characters. */
export const GATE_LOCALES = ['en', 'ar', 'zh'];

/** A page standing for one of the site's templates. */
export interface TemplatePage {
  template: string;
  path: string;
}

/** The local URL of a demo path such as `/en/sid-2027/`. */
export function demoUrl(path: string): string {
  return new URL(path, demo.url).href;
}

let files: SiteFiles | undefined;
/** Every file of the built demo, read once per test file. */
export function demoFiles(): SiteFiles {
  files ??= readSite(demo.outDir);
  return files;
}

/**
 * One page of each template, in each locale. Only the home and get-help pages are translated,
 * so the schools page is a translated content page in English and a fallback elsewhere; the
 * ages 7-11 toolkit is translated everywhere.
 */
export function templatePages(locales: readonly string[] = GATE_LOCALES): TemplatePage[] {
  return [
    { template: 'root', path: '/' },
    { template: 'site 404', path: '/404.html' },
    ...locales.flatMap((locale) => [
      { template: `campaign list (${locale})`, path: `/${locale}/` },
      { template: `campaign home (${locale})`, path: `/${locale}/sid-2027/` },
      {
        template: `${locale === 'en' ? 'content' : 'fallback'} page (${locale})`,
        path: `/${locale}/sid-2027/schools/`,
      },
      { template: `get help (${locale})`, path: `/${locale}/sid-2027/get-help/` },
      { template: `toolkit list (${locale})`, path: `/${locale}/sid-2027/toolkits/` },
      { template: `toolkits for one audience (${locale})`, path: `/${locale}/sid-2027/toolkits/for/ages-7-11/` },
      { template: `toolkit (${locale})`, path: `/${locale}/sid-2027/toolkits/ages-7-11/` },
      { template: `campaign kit (${locale})`, path: `/${locale}/sid-2027/kit/` },
      { template: `certificate to print (${locale})`, path: `/${locale}/sid-2027/kit/certificate/` },
      { template: `events (${locale})`, path: `/${locale}/sid-2027/events/` },
      { template: `supporters wall (${locale})`, path: `/${locale}/sid-2027/supporters/` },
      { template: `country page (${locale})`, path: `/${locale}/sid-2027/countries/in/` },
      { template: `404 (${locale})`, path: `/${locale}/404.html` },
      { template: `search with results (${locale})`, path: `/${locale}/search/?q=2027` },
      { template: `activity finder (${locale})`, path: `/${locale}/activities/` },
      { template: `browse safely (${locale})`, path: `/${locale}/browse-safely/` },
    ]),
  ];
}
