import type { UiStrings } from './en.ts';

/** Spanish UI strings. */
export const es: UiStrings = {
  'skipLink.label': 'Saltar al contenido',
  'header.getHelp': 'Pedir ayuda',
  'header.mainNav': 'Navegación principal',
  'header.home': 'Inicio',
  'header.menu': 'Menú',
  'languagePicker.label': 'Idioma',
  'languagePicker.untranslated': 'aún sin traducir',
  'fallback.title': 'Esta página aún no está traducida',
  'fallback.body': 'Está leyendo el original en {language} hasta que haya una traducción.',
  'campaigns.title': 'Campañas del Día de Internet Segura',
  'campaigns.intro': 'Elija una campaña para leer sus páginas.',
  'campaign.date': 'Día de Internet Segura: {date}',
  'footer.organiser': 'Organizado por {organiser}',
  'footer.partners': 'Socios: {partners}',
  'footer.licence': 'Licencia del contenido: {licence}',
  'root.title': 'Elija su idioma',
  'notFound.title': 'Página no encontrada',
  'notFound.body': 'No encontramos esta página. Puede que se haya movido o que nunca haya existido.',
  'notFound.home': 'Ir a la lista de campañas',
  'sources.title': 'Fuentes',
};
