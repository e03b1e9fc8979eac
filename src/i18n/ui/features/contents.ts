/**
 * UI strings of a content page's side column on wide screens: its table of contents.
 */
import { defineFeatureStrings } from '../feature.ts';

/** Strings of the "On this page" list, in every built-in language. */
export const contents = defineFeatureStrings({
  ar: { 'contents.title': 'في هذه الصفحة' },
  en: { 'contents.title': 'On this page' },
  es: { 'contents.title': 'En esta página' },
  fr: { 'contents.title': 'Sur cette page' },
  ru: { 'contents.title': 'На этой странице' },
  zh: { 'contents.title': '本页内容' },
});
