/**
 * The project model of this build (src/lib/model/project.ts), read once per process from
 * the campaigns folder the settings name, and shared by every step that needs routes or
 * campaign settings. The dev server's campaign loader reads it afresh when files change.
 */
import { buildSettings } from '../lib/build/settings.ts';
import { readProject, type ProjectModel } from '../lib/model/project.ts';

let model: ProjectModel | undefined;

/** The campaigns folder as one validated model, read on first use. */
export function projectModel(): ProjectModel {
  return (model ??= readProject(buildSettings().campaignsDir));
}
