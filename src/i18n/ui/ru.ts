import type { UiStrings } from './en.ts';

/** Russian UI strings. */
export const ru: UiStrings = {
  'skipLink.label': 'Перейти к содержанию',
  'header.getHelp': 'Получить помощь',
  'header.mainNav': 'Основная навигация',
  'header.home': 'Главная',
  'header.menu': 'Меню',
  'languagePicker.label': 'Язык',
  'languagePicker.untranslated': 'ещё не переведено',
  'fallback.title': 'Эта страница ещё не переведена',
  'fallback.body': 'Пока перевод не готов, вы читаете оригинал на языке: {language}.',
  'campaigns.title': 'Кампании Дня безопасного Интернета',
  'campaigns.intro': 'Выберите кампанию, чтобы прочитать её страницы.',
  'campaign.date': 'День безопасного Интернета: {date}',
  'footer.organiser': 'Организатор: {organiser}',
  'footer.partners': 'Партнёры: {partners}',
  'footer.licence': 'Лицензия на материалы: {licence}',
  'root.title': 'Выберите язык',
  'notFound.title': 'Страница не найдена',
  'notFound.body': 'Мы не нашли эту страницу. Возможно, она была перемещена или никогда не существовала.',
  'notFound.home': 'Перейти к списку кампаний',
  'sources.title': 'Источники',
};
