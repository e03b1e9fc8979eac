/** English UI strings: the reference dictionary whose keys every other language must provide. */
export const en = {
  'skipLink.label': 'Skip to content',
  'header.getHelp': 'Get help',
  'header.mainNav': 'Main',
  'header.home': 'Home',
  'header.menu': 'Menu',
  'languagePicker.label': 'Language',
  'languagePicker.untranslated': 'not translated yet',
  'fallback.title': 'This page is not translated yet',
  'fallback.body': 'You are reading the {language} original until a translation is ready.',
  'campaigns.title': 'Safer Internet Day campaigns',
  'campaigns.intro': 'Choose a campaign to read its pages.',
  'campaign.date': 'Safer Internet Day: {date}',
  'footer.organiser': 'Organised by {organiser}',
  'footer.partners': 'Partners: {partners}',
  'footer.licence': 'Content licence: {licence}',
  'root.title': 'Choose your language',
  'notFound.title': 'Page not found',
  'notFound.body': 'We could not find this page. It may have moved or never existed.',
  'notFound.home': 'Go to the list of campaigns',
  'sources.title': 'Sources',
} as const;

/** The shape of a complete UI dictionary. */
export type UiStrings = { readonly [K in keyof typeof en]: string };
/** A key of the UI dictionary. */
export type UiKey = keyof UiStrings;
