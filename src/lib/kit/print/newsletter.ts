/**
 * The parents' newsletter text that schools paste into their own letter or email: plain
 * UTF-8, the subject line first, a blank line, then the body, from kit.yaml's newsletter.
 */
import type { KitConfig } from '../kit-schema.ts';

/** The newsletter text in `locale`, or undefined when the kit has none written in it. */
export function newsletterText(kit: KitConfig | undefined, locale: string): string | undefined {
  const subject = kit?.newsletter?.subject[locale];
  const body = kit?.newsletter?.body[locale];
  if (!subject || !body) return undefined;
  return `${subject.trim()}\n\n${body.trim()}\n`;
}
