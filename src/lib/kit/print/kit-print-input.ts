/**
 * What the kit's print documents (posters, certificates, press release, fact sheet,
 * newsletter) are drawn from, for one campaign in one locale: campaign.yaml's settings, the
 * kit when there is one, the facts and help entries, and the published addresses they send
 * readers to. The finishing step fills it from the project model; tests write it by hand.
 */
import { createTranslate, type Translate, type UiOverrides } from '../../../i18n/translate.ts';
import type { Brand } from '../../typst/component-library.ts';
import type { Fact } from '../../sources/fact-schema.ts';
import { helpEntryName } from '../../sources/help.ts';
import { primaryHelpline } from '../../sources/help-primary.ts';
import type { HelpEntry } from '../../sources/help-schema.ts';
import type { Source } from '../../sources/source-schema.ts';
import type { KitConfig } from '../kit-schema.ts';
import type { CampaignModel, ProjectModel } from '../../model/project.ts';
import { campaignHelpPath } from '../../routing/get-help.ts';
import { kitPagePath } from '../../routing/kit-files.ts';
import { TOOLKITS_SLUG } from '../../routing/routes.ts';
import { pagePath, withBase } from '../../routing/urls.ts';

/** What the documents need from campaign.yaml, with the logo and key visual as paths mapped into the compiler. */
export interface KitPrintCampaign {
  title: Readonly<Record<string, string>>;
  tagline: Readonly<Record<string, string>>;
  /** The day, YYYY-MM-DD. */
  date: string;
  defaultLocale: string;
  brand: Brand;
  ui: UiOverrides;
  organiser: { name: string; url: string };
  licence: { name: string; url: string };
  logoPath?: string;
  coverPicturePath?: string;
}

/** Published addresses (absolute URLs) of the campaign's pages in the document's locale. */
export interface KitPrintLinks {
  home: string;
  /** The "Get help" page, or the campaign home where there is none. */
  help: string;
  toolkits: string;
  kit: string;
}

/** Everything one locale's kit documents are built from. */
export interface KitPrintInput {
  locale: string;
  campaign: KitPrintCampaign;
  kit?: KitConfig;
  facts: readonly Fact[];
  help: readonly HelpEntry[];
  /** The registered sources, for the full title of the document a fact cites. */
  sources: ReadonlyMap<string, Source>;
  links: KitPrintLinks;
}

/**
 * The input of `campaign`'s documents in `locale`, from the project model; `art` holds the logo and
 * key visual as mapped into the compiler, and `site` and `base` make the published addresses.
 */
export function kitPrintInput(
  model: Pick<ProjectModel, 'pageRoutes' | 'context'>,
  campaign: CampaignModel,
  locale: string,
  art: Pick<KitPrintCampaign, 'logoPath' | 'coverPicturePath'>,
  address: { site: string; base: string },
): KitPrintInput {
  const url = (path: string) => new URL(withBase(address.base, path), address.site).href;
  const pages = model.pageRoutes.filter((route) => route.campaign === campaign.id && route.locale === locale);
  const { config } = campaign;
  return {
    locale,
    campaign: {
      title: config.title,
      tagline: config.tagline,
      date: config.date,
      defaultLocale: config.defaultLocale,
      brand: config.brand,
      ui: config.ui,
      organiser: config.organiser,
      licence: config.licence,
      ...art,
    },
    ...(campaign.kit ? { kit: campaign.kit } : {}),
    facts: campaign.facts,
    help: campaign.help,
    sources: model.context.sources,
    links: {
      home: url(pagePath(locale, campaign.id, '')),
      help: url(campaignHelpPath(pages, campaign.id, locale)),
      toolkits: url(pagePath(locale, campaign.id, TOOLKITS_SLUG)),
      kit: url(kitPagePath(campaign.id, locale)),
    },
  };
}

/** The UI strings of the document's locale, with the campaign's overrides. */
export function kitTranslate(input: KitPrintInput): Translate {
  return createTranslate(input.locale, input.campaign.ui);
}

/** A text of the kit in the document's locale, when the kit has one. */
export function kitText(text: Readonly<Record<string, string>> | undefined, locale: string): string | undefined {
  return text?.[locale];
}

/** The helpline a poster prints as a number to call, with its name in the locale, when help.yaml has one. */
export function posterHelpline(input: KitPrintInput): { phone: string; name: string } | undefined {
  const entry = primaryHelpline(input.help, input.locale);
  if (!entry?.phone) return undefined;
  return { phone: entry.phone, name: helpEntryName(entry, input.locale, input.campaign.defaultLocale).text };
}

/** An address as people type it: without the scheme, `www.` or the closing slash, e.g. `example.org/en/sid-2027`. */
export function displayUrl(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}
