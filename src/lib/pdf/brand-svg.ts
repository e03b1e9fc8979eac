/**
 * sidkit's illustrations and a campaign's SVGs colour themselves with CSS custom properties
 * (`fill="var(--sk-primary, #1d4ed8)"`), which browsers resolve but Typst's SVG renderer does
 * not. For print, each `var()` is replaced by the campaign's colour, or by its fallback.
 */

/** The share of the brand colour in its soft tint (`--sk-primary-soft`) in print: pictures laid on it match their own backgrounds. */
export const SOFT_SHARE = 0.12;

/** The brand colours an SVG's `--sk-*` properties stand for. */
export interface SvgBrandColours {
  primary: string;
  accent?: string;
  /** A light tint of the primary colour. */
  soft: string;
}

const VARIABLE = /var\(\s*--([\w-]+)\s*(?:,\s*([^()]*?(?:\([^()]*\))?[^()]*?))?\s*\)/g;

/** `svg` with every `var(--name, fallback)` replaced by a plain colour that Typst can draw. */
export function withBrandColours(svg: string, colours: SvgBrandColours): string {
  const known: Readonly<Record<string, string | undefined>> = {
    'sk-primary': colours.primary,
    'sk-accent': colours.accent,
    'sk-primary-soft': colours.soft,
  };
  return svg.replace(
    VARIABLE,
    (_, name: string, fallback: string | undefined) => known[name] ?? fallback?.trim() ?? 'black',
  );
}
