/**
 * UI strings of the links that open a toolkit's PDF at one activity or worksheet (its named
 * destination, `….pdf#nameddest=activity-2`): on each activity and worksheet of a toolkit
 * page, in the activity finder and in search results.
 */
import { defineFeatureStrings } from '../feature.ts';

/** The "Print this activity" and "Print this worksheet" link texts, in every built-in language. */
export const deepLinks = defineFeatureStrings({
  ar: { 'deepLinks.printActivity': 'اطبع هذا النشاط', 'deepLinks.printWorksheet': 'اطبع ورقة العمل هذه' },
  en: { 'deepLinks.printActivity': 'Print this activity', 'deepLinks.printWorksheet': 'Print this worksheet' },
  es: {
    'deepLinks.printActivity': 'Imprimir esta actividad',
    'deepLinks.printWorksheet': 'Imprimir esta hoja de trabajo',
  },
  fr: { 'deepLinks.printActivity': 'Imprimer cette activité', 'deepLinks.printWorksheet': 'Imprimer cette fiche' },
  ru: {
    'deepLinks.printActivity': 'Распечатать это занятие',
    'deepLinks.printWorksheet': 'Распечатать этот рабочий лист',
  },
  zh: { 'deepLinks.printActivity': '打印这项活动', 'deepLinks.printWorksheet': '打印这张练习单' },
});
