/// <reference types="astro/client" />
/// <reference path="../.astro/types.d.ts" />

declare namespace App {
  interface Locals {
    /** Set by a page before it renders MDX, so content components know where they are. */
    sidkit?: import('./site/render-context.ts').RenderContext;
  }
}
