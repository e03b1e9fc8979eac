/**
 * Colour arithmetic for WCAG contrast checks, so that a campaign's brand colours are
 * proven readable before the site is built.
 */

/** Parses `#rgb` or `#rrggbb` into 0-255 channels, or undefined if it is not a hex colour. */
export function parseHexColour(value: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value);
  if (!match?.[1]) return undefined;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function relativeLuminance([r, g, b]: [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio between two hex colours, from 1 to 21. */
export function contrastRatio(foreground: string, background: string): number {
  const a = parseHexColour(foreground);
  const b = parseHexColour(background);
  if (!a || !b) throw new Error(`Not a hex colour: ${a ? background : foreground}`);
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** A tint of a hex colour: `share` of it on white, e.g. 0.12 for the soft tint behind the web pages' hero. */
export function tint(hex: string, share: number): string {
  const channels = parseHexColour(hex) ?? [0, 0, 0];
  return `#${channels
    .map((value) =>
      Math.round(255 - (255 - value) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}
