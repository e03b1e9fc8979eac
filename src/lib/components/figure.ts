/** `<Figure src alt caption decorative priority>`: a picture of the campaign, with an optional caption. */
import { defineComponent } from './component.ts';

/**
 * The figure component, in pages and toolkits (whose PDF prints its picture and caption,
 * src/lib/typst/images.ts). Its `src` and
 * `alt` become a Markdown picture inside it while the MDX compiles
 * (src/lib/content/figure-picture.ts), so Astro's image pipeline optimises it like any other.
 */
export const figure = defineComponent({
  name: 'Figure',
  usedIn: ['page', 'toolkit'],
  attributes: {
    src: { type: 'url', required: true },
    alt: { type: 'text', allowEmpty: true },
    caption: { type: 'text' },
    decorative: { type: 'flag' },
    priority: { type: 'flag' },
  },
  picture: true,
  html: '<figure><picture>…<img data-pdf-source></picture><figcaption>caption</figcaption></figure>; the PDF converts figure, picture and img as HTML.',
  pdf: [],
  strings: [],
});
