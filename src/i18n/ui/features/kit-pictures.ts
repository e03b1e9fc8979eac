/**
 * UI strings drawn into the kit's pictures and link-preview cards: the profile frame's
 * label, the call to action of a kit without one of its own, and the text alternative of
 * a page's share card.
 */
import { defineFeatureStrings } from '../feature.ts';

/** The fixed phrases of the kit's pictures, in every built-in language. */
export const kitPictures = defineFeatureStrings({
  ar: {
    'kitPictures.support': 'أنا أدعم {campaign}',
    'kitPictures.joinUs': 'انضموا إلينا',
    'kitPictures.cardAlt': '{title}. {campaign}، {date}',
  },
  en: {
    'kitPictures.support': 'I support {campaign}',
    'kitPictures.joinUs': 'Join us',
    'kitPictures.cardAlt': '{title}. {campaign}, {date}',
  },
  es: {
    'kitPictures.support': 'Yo apoyo el {campaign}',
    'kitPictures.joinUs': 'Súmate',
    'kitPictures.cardAlt': '{title}. {campaign}, {date}',
  },
  fr: {
    'kitPictures.support': 'Je soutiens la {campaign}',
    'kitPictures.joinUs': 'Rejoignez-nous',
    'kitPictures.cardAlt': '{title}. {campaign}, {date}',
  },
  ru: {
    'kitPictures.support': 'Я поддерживаю {campaign}',
    'kitPictures.joinUs': 'Присоединяйтесь',
    'kitPictures.cardAlt': '{title}. {campaign}, {date}',
  },
  zh: {
    'kitPictures.support': '我支持{campaign}',
    'kitPictures.joinUs': '欢迎加入',
    'kitPictures.cardAlt': '{title}。{campaign}，{date}',
  },
});
