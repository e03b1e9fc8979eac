/**
 * Supporters' logos as imports, so that Astro's image pipeline handles them like any picture
 * of a page (fingerprinted files, width and height, PNGs resized): the campaigns folder is
 * named by a setting, not a path a page could import, so a virtual module
 * `virtual:sidkit/supporter-logos` imports each logo the model lists, by
 * `<campaign>/<logo path>`, one lazy import each (a page loads the logos it shows).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { projectModel } from '../site/project-model.ts';

const MODULE = 'virtual:sidkit/supporter-logos';
const RESOLVED = `\0${MODULE}`;

/** The module's source: `export default { "<campaign>/<logo>": () => import("<absolute path>"), ... }`. */
export function supporterLogosModule(
  campaigns: readonly { dir: string; id: string; supporters: readonly { logo: string }[] }[],
): string {
  const entries = campaigns.flatMap((campaign) =>
    [...new Set(campaign.supporters.map((supporter) => supporter.logo))].map(
      (logo) =>
        `${JSON.stringify(`${campaign.id}/${logo}`)}: () => import(${JSON.stringify(join(campaign.dir, logo))})`,
    ),
  );
  return `export default {${entries.join(',\n')}};\n`;
}

/** The integration that serves the virtual module to pages. */
export function supporterLogos(): AstroIntegration {
  return {
    name: 'sidkit:supporter-logos',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'sidkit:supporter-logos',
                resolveId: (id: string) => (id === MODULE ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? supporterLogosModule(projectModel().campaigns) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
