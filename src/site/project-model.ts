/**
 * The project model of this process (src/lib/model/project.ts): the campaigns folder the
 * settings name, with the source registry and terminology lists, read on first use and then
 * shared by every step and page. It is kept on `globalThis` because the integration and the
 * page modules Astro bundles are separate copies of this module in one process; the dev
 * server reads it afresh when campaign files change (src/content.config.ts).
 */
import { buildSettings } from '../lib/build/settings.ts';
import { readProject, type ProjectModel } from '../lib/model/project.ts';
import { SOURCES_DIR } from './sources-dir.ts';
import { TERMINOLOGY_DIR } from './terminology-dir.ts';

const slot = Symbol.for('sidkit.projectModel');
const shared = globalThis as { [slot]?: ProjectModel };

/** Reads the model afresh, for the dev server after a change, and keeps it for every later caller. */
export function refreshProjectModel(): ProjectModel {
  const now = Date.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const { campaignsDir, campaigns } = buildSettings();
  shared[slot] = readProject(campaignsDir, {
    sourcesDir: SOURCES_DIR,
    terminologyDir: TERMINOLOGY_DIR,
    today,
    now,
    ...(campaigns ? { campaigns } : {}),
  });
  return shared[slot];
}

/** The campaigns folder as one validated model, read on first use. */
export function projectModel(): ProjectModel {
  return shared[slot] ?? refreshProjectModel();
}
