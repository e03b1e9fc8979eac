/// <reference types="astro/client" />
/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Set by a page before it renders MDX, so content components know where they are. */
    sidkit?: import('./site/render-context.ts').RenderContext;
  }
}

declare module 'virtual:sidkit/supporter-logos' {
  /** Each supporter logo of the project by `<campaign>/<logo path>`, imported through Astro's image pipeline (src/integrations/supporter-logos.ts). */
  const logos: Readonly<Record<string, () => Promise<{ default: import('astro').ImageMetadata }>>>;
  export default logos;
}
