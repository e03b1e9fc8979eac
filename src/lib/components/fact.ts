/** `<Fact id>`: a figure from the campaign's facts.yaml, with its label and citation. */
import { defineComponent } from './component.ts';

/** The fact component; the PDF prints its HTML as ordinary text and citation. */
export const fact = defineComponent({
  name: 'Fact',
  usedIn: ['page', 'toolkit'],
  attributes: { id: { type: 'text', required: true } },
  html: 'Plain HTML: the figure, its label and a <cite data-sidkit="cite"> of its source.',
  pdf: [],
  strings: ['fact.about', 'fact.nearly', 'fact.over', 'fact.upTo'],
});
