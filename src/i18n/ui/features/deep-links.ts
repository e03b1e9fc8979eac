/**
 * UI strings of the links that open a toolkit's PDF at one activity (its named destination,
 * `….pdf#nameddest=activity-2`): on each activity of a toolkit page, in the activity finder
 * and in search results.
 */
import { defineFeatureStrings } from '../feature.ts';

/** The "Print this activity" link text, in every built-in language. */
export const deepLinks = defineFeatureStrings({
  ar: { 'deepLinks.printActivity': 'اطبع هذا النشاط' },
  en: { 'deepLinks.printActivity': 'Print this activity' },
  es: { 'deepLinks.printActivity': 'Imprimir esta actividad' },
  fr: { 'deepLinks.printActivity': 'Imprimer cette activité' },
  ru: { 'deepLinks.printActivity': 'Распечатать это занятие' },
  zh: { 'deepLinks.printActivity': '打印这项活动' },
});
