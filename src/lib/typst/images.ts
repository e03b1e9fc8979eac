/**
 * `<img>` (alone or in a `<picture>`) to Typst `image()`: the source resolved to a virtual
 * path the compiler can read, and the alternative text carried into the PDF's tags. A
 * `<picture>`'s `<source>`s are sized for screens; the PDF prints its `<img>`'s original.
 */
import type { Element } from 'hast';
import type { ConvertContext } from './convert-context.ts';
import { typstString } from './escape.ts';
import { attribute, isElement } from './hast-read.ts';
import type { InlinePiece } from './inline.ts';
import { problemAt } from './problems.ts';

/** `image(...)` arguments for an `<img>`, or undefined (with a problem) when it lacks alt text or a known source. */
function imageArguments(element: Element, ctx: ConvertContext): string | undefined {
  const src = attribute(element, 'src');
  const alt = attribute(element, 'alt');
  if (alt === undefined) {
    ctx.problems.push(
      problemAt(
        element,
        `Image ${src ?? ''} has no alt attribute. Describe it in alt, or write alt="" if it is purely decorative.`,
      ),
    );
  }
  // A toolkit's picture names its original file, which prints at full resolution.
  const original = attribute(element, 'dataPdfSource');
  const path = src ? ctx.options.resolveImage(original ?? src) : undefined;
  if (src === undefined || path === undefined) {
    ctx.problems.push(
      problemAt(element, src === undefined ? 'Image has no src.' : `Image ${src} is not available to the PDF build.`),
    );
  }
  if (alt === undefined || src === undefined || path === undefined) return undefined;
  ctx.images.push({ src, path });
  return `${typstString(path)}, alt: ${alt === '' ? 'none' : typstString(alt)}`;
}

/** The `<img>` that a `<picture>` falls back to, or the element itself when it is an `<img>`. */
export function pictureImage(element: Element): Element | undefined {
  if (element.tagName === 'img') return element;
  return element.children.find((child): child is Element => isElement(child, 'img'));
}

/** An image standing alone: centred, scaled down to the text width if it is wider. */
export function blockImage(element: Element, ctx: ConvertContext): string {
  const image = pictureImage(element);
  const args = image && imageArguments(image, ctx);
  return args === undefined ? '' : `#align(center, image(${args}))`;
}

/** An image inside text, such as an icon: one line high. */
export function inlineImage(element: Element, ctx: ConvertContext): InlinePiece[] {
  const image = pictureImage(element);
  const args = image && imageArguments(image, ctx);
  return args === undefined ? [] : [{ kind: 'atom', source: `#box(image(${args}, height: 1em))` }];
}
