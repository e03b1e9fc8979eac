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
  'fact.about': 'about {value}',
  'fact.nearly': 'nearly {value}',
  'fact.over': 'over {value}',
  'fact.upTo': 'up to {value}',
  'sources.title': 'Sources',
  'sources.cited': 'Cited:',
  'callout.tip': 'Tip',
  'callout.warning': 'Important',
  'callout.note': 'Note',
  'help.title': 'Where to get help',
  'help.emergency': 'In an emergency',
  'help.helpline': 'Talk to someone',
  'help.hotline': 'Report illegal images',
  'help.directory': 'Find a service in your country',
  'help.international': 'Worldwide',
  'help.verified': 'Checked {date}',
  'help.call': 'Call {number}',
} as const;

/** The shape of a complete UI dictionary. */
export type UiStrings = { readonly [K in keyof typeof en]: string };
/** A key of the UI dictionary. */
export type UiKey = keyof UiStrings;
