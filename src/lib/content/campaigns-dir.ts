/**
 * Where the campaigns live. `SIDKIT_CAMPAIGNS` points the build at another folder, which
 * is how tests build their fixture campaigns.
 */
import { buildSettings } from '../build/settings.ts';

/** Absolute path of the campaigns folder for this build. */
export function campaignsDir(): string {
  return buildSettings().campaignsDir;
}
