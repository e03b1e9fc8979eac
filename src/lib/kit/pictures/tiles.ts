/**
 * The kit's social tiles: a square post (1080×1080) and a story (1080×1920), the tagline
 * large under the key visual, with the date, the call to action, the hashtag and the
 * campaign's logo and address. A story keeps its top 250 px and bottom 300 px free of text,
 * where Instagram and others lay their own buttons and the reply box over it.
 */
import { KIT_PICTURES } from '../../routing/kit-files.ts';
import { typstString, typstText } from '../../typst/escape.ts';
import {
  fontSizes,
  leftToRight,
  picturePreamble,
  type KitPictureText,
  type PictureBrand,
  type PictureLanguage,
} from './picture-brand.ts';

/** Where a story's apps draw over it, in px from the top and from the bottom. */
export const STORY_SAFE_AREA = { top: 250, bottom: 300 } as const;

interface TileLayout {
  size: { width: number; height: number };
  /** Height of the key visual at the top. */
  visual: number;
  /** The text area's top and bottom edges, in px from the top. */
  textTop: number;
  textBottom: number;
  margin: number;
  tagline: { largest: number; smallest: number; lines: number };
  scale: number;
}

function tileSource(layout: TileLayout, text: KitPictureText, language: PictureLanguage, brand: PictureBrand): string {
  const { size, margin, scale } = layout;
  const px = (value: number) => `${Math.round(value * scale)}pt`;
  const hashtag = text.hashtag
    ? `text(size: ${px(34)}, weight: "bold", ${typstString(leftToRight(text.hashtag))})`
    : '[]';
  return `${picturePreamble(size, language, brand)}
#place(top, kit-visual(${size.width}pt, ${layout.visual}pt))
#place(top, dy: ${layout.visual}pt, box(width: 100%, height: ${px(12)}, fill: kit-accent))
#place(top + start, dy: ${layout.textTop}pt, box(width: 100%, height: ${layout.textBottom - layout.textTop}pt, inset: (x: ${margin}pt, top: ${px(44)}, bottom: ${px(40)}), grid(rows: (1fr, auto), row-gutter: ${px(28)}, align: start + horizon,
  layout(area => align(horizon, stack(spacing: ${px(36)},
    text(size: ${px(32)}, weight: "bold", ${typstString(text.date)}),
    kit-fit(${typstString(text.tagline)}, width: area.width, height: area.height - ${px(220)}, sizes: ${fontSizes(layout.tagline.largest, layout.tagline.smallest)}, lines: ${layout.tagline.lines}),
    grid(columns: (auto, 1fr, auto), align: horizon, column-gutter: ${px(24)},
      box(fill: kit-accent, radius: ${px(40)}, inset: (x: ${px(30)}, y: ${px(16)}), text(size: ${px(34)}, weight: "bold", fill: kit-on-accent, ${typstString(text.callToAction)})),
      [], ${hashtag})))),
  grid(columns: (auto, 1fr), align: horizon, column-gutter: ${px(20)},
    box(fill: white, radius: ${px(12)}, inset: ${px(8)}, kit-logo(${px(48)})),
    text(size: ${px(26)}, [#text(weight: "bold", ${typstString(text.campaignTitle)}) #h(0.4em) ${typstText(leftToRight(text.siteAddress))}]))
)))
`;
}

/** The Typst source of the square tile. */
export function squareTileSource(text: KitPictureText, language: PictureLanguage, brand: PictureBrand): string {
  const size = KIT_PICTURES['tile-square'];
  const layout = {
    size,
    visual: 400,
    textTop: 412,
    textBottom: size.height,
    margin: 72,
    tagline: { largest: 84, smallest: 44, lines: 4 },
    scale: 1,
  };
  return tileSource(layout, text, language, brand);
}

/** The Typst source of the story tile: text only between the safe area's edges. */
export function storyTileSource(text: KitPictureText, language: PictureLanguage, brand: PictureBrand): string {
  const size = KIT_PICTURES['tile-story'];
  const layout = {
    size,
    visual: 760,
    textTop: 772,
    textBottom: size.height - STORY_SAFE_AREA.bottom,
    margin: 80,
    tagline: { largest: 128, smallest: 60, lines: 5 },
    scale: 1.15,
  };
  return tileSource(layout, text, language, brand);
}
