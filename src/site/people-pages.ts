/**
 * The supporters wall (with one page per filter, so that its filter links work without
 * JavaScript) and the country pages of each campaign and locale this build renders. The
 * pages, the sitemap and the navigation all take them from here.
 */
import { campaignById } from '../lib/model/project.ts';
import { countryPages } from '../lib/people/country-groups.ts';
import { supporterFilters, type SupporterFilter } from '../lib/people/supporter-views.ts';
import { countryPagePath, supportersFilterPath } from '../lib/routing/people-files.ts';
import { sectionRoute, type PageRoute } from '../lib/routing/routes.ts';
import { rendersLocale } from './build-slice.ts';
import { siteData, type Campaign } from './data.ts';
import { projectModel } from './project-model.ts';

/** The slug of the supporters wall; its filter pages sit below it. */
export const SUPPORTERS_SLUG = 'supporters';

/** The slug of the list of countries; each country's page sits below it. */
export const COUNTRIES_SLUG = 'countries';

/** A page's slug from its site path (`/en/sid-2027/supporters/kind/school/` → `supporters/kind/school`). */
function slugOf(path: string, locale: string, campaign: string): string {
  return path.slice(`/${locale}/${campaign}/`.length).replace(/\/$/, '');
}

/** The campaign's model: its supporters, events, help entries and where "Become a supporter" leads. */
export function peopleOf(campaign: string) {
  const model = campaignById(projectModel(), campaign);
  if (!model) throw new Error(`Unknown campaign "${campaign}"`);
  return model;
}

/** Whether a campaign has a supporters wall: someone to show, or somewhere to sign up. */
export function hasSupportersWall(campaign: string): boolean {
  const model = peopleOf(campaign);
  return model.supporters.length > 0 || model.config.supporters?.join !== undefined;
}

/** The wall, or one of its filter pages, as a route for the layout: its canonical link is its own address. */
export function supportersRoute(campaign: Campaign, locale: string, title: string, filter: SupporterFilter): PageRoute {
  const slug = slugOf(supportersFilterPath(locale, campaign.id, filter), locale, campaign.id);
  return sectionRoute(campaign.id, locale, slug, title, campaign.data.locales);
}

/** A country page, or the list of countries (`code` undefined), as a route for the layout. */
export function countriesRoute(campaign: Campaign, locale: string, title: string, code?: string): PageRoute {
  const slug = code ? slugOf(countryPagePath(locale, campaign.id, code), locale, campaign.id) : COUNTRIES_SLUG;
  return sectionRoute(campaign.id, locale, slug, title, campaign.data.locales);
}

/** Every campaign and locale this build renders, for the pages' `getStaticPaths`. */
async function renderedCampaignLocales() {
  const { campaigns } = await siteData();
  return campaigns.flatMap((campaign) =>
    campaign.data.locales.filter(rendersLocale).map((locale) => ({ campaign: campaign.id, locale })),
  );
}

/** `getStaticPaths` of the wall and its filter pages: `filter` is the path below the wall (undefined for the wall). */
export async function supportersPageParams() {
  return (await renderedCampaignLocales())
    .filter(({ campaign }) => hasSupportersWall(campaign))
    .flatMap(({ campaign, locale }) =>
      supporterFilters(peopleOf(campaign).supporters).map((filter) => {
        const below = slugOf(supportersFilterPath(locale, campaign, filter), locale, campaign).slice(
          SUPPORTERS_SLUG.length + 1,
        );
        return { params: { locale, campaign, filter: below || undefined }, props: { campaign, filter } };
      }),
    );
}

/** A campaign's country pages: one per country with help entries, supporters or events. */
export function campaignCountryPages(campaign: string) {
  const model = peopleOf(campaign);
  return countryPages({ help: model.help, supporters: model.supporters, events: model.events });
}

/** `getStaticPaths` of the list of countries: each campaign and locale with at least one country page. */
export async function countryListParams() {
  return (await renderedCampaignLocales())
    .filter(({ campaign }) => campaignCountryPages(campaign).length > 0)
    .map(({ campaign, locale }) => ({ params: { locale, campaign }, props: { campaign } }));
}

/** `getStaticPaths` of the country pages. */
export async function countryPageParams() {
  return (await renderedCampaignLocales()).flatMap(({ campaign, locale }) =>
    campaignCountryPages(campaign).map((page) => ({
      params: { locale, campaign, country: page.code.toLowerCase() },
      props: { campaign, page },
    })),
  );
}
