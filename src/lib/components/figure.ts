/** `<Figure src alt caption decorative priority>`: a picture of the campaign, with an optional caption. */
import { defineComponent } from './component.ts';

/**
 * The figure component. Pages only: toolkit PDFs cannot show pictures yet. Its `src` and
 * `alt` become a Markdown picture inside it while the MDX compiles
 * (src/lib/content/figure-picture.ts), so Astro's image pipeline optimises it like any other.
 */
export const figure = defineComponent({
  name: 'Figure',
  usedIn: ['page'],
  attributes: {
    src: { type: 'text', required: true },
    alt: { type: 'text', allowEmpty: true },
    caption: { type: 'text' },
    decorative: { type: 'flag' },
    priority: { type: 'flag' },
  },
  picture: true,
  html: '<figure><picture>…</picture><figcaption>caption</figcaption></figure>; web only.',
  pdf: [],
  strings: [],
});
