/**
 * The components available in MDX without an import, so organisers write `<Cite …/>` and
 * nothing else: each component of the registry (src/lib/components/registry.ts) by its
 * name, from the template of the same name in this folder or in ../toolkit/, and in pages
 * the template of their pictures (in toolkits, one that also names the file for the PDF).
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { COMPONENTS } from '../../lib/components/registry.ts';
import ContentPicture from '../ContentPicture.astro';
import ToolkitPicture from '../ToolkitPicture.astro';

const templates = import.meta.glob<AstroComponentFactory>(['./*.astro', '../toolkit/*.astro'], {
  eager: true,
  import: 'default',
});

/** The template of the registered component `name`, `<name>.astro`; the contract tests render it too. */
export function componentTemplate(name: string): AstroComponentFactory {
  const path = Object.keys(templates).find((file) => file.endsWith(`/${name}.astro`));
  if (!path) throw new Error(`The registered component ${name} has no template ${name}.astro.`);
  return templates[path]!;
}

/** The template of every registered component used in `use`, by MDX name. */
function componentMap(use: 'page' | 'toolkit'): Record<string, AstroComponentFactory> {
  const used = COMPONENTS.filter((component) => component.usedIn.includes(use));
  return Object.fromEntries(used.map((component) => [component.name, componentTemplate(component.name)]));
}

/** Components passed to `<Content components>` for campaign pages; `img` renders their pictures, Markdown and `<Figure>` alike. */
export const mdxComponents = { ...componentMap('page'), img: ContentPicture };

/** Components passed to `<Content components>` for toolkits; their pictures also name the file the PDF prints. */
export const toolkitComponents = { ...componentMap('toolkit'), img: ToolkitPicture };
