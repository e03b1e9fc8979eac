import type { UiStrings } from './en.ts';

/** French UI strings. */
export const fr: UiStrings = {
  'skipLink.label': 'Aller au contenu',
  'header.getHelp': 'Trouver de l’aide',
  'header.mainNav': 'Navigation principale',
  'header.home': 'Accueil',
  'header.menu': 'Menu',
  'languagePicker.label': 'Langue',
  'languagePicker.untranslated': 'pas encore traduit',
  'fallback.title': 'Cette page n’est pas encore traduite',
  'fallback.body': 'Vous lisez l’original en {language} en attendant une traduction.',
  'campaigns.title': 'Campagnes de la Journée pour un Internet plus sûr',
  'campaigns.intro': 'Choisissez une campagne pour lire ses pages.',
  'campaign.date': 'Journée pour un Internet plus sûr : {date}',
  'footer.organiser': 'Organisé par {organiser}',
  'footer.partners': 'Partenaires : {partners}',
  'footer.licence': 'Licence du contenu : {licence}',
  'root.title': 'Choisissez votre langue',
  'notFound.title': 'Page introuvable',
  'notFound.body': 'Nous n’avons pas trouvé cette page. Elle a peut-être été déplacée ou n’a jamais existé.',
  'notFound.home': 'Aller à la liste des campagnes',
  'sources.title': 'Sources',
};
