/**
 * Summarises the V8 CPU profiles (`node --cpu-prof`) of a build: self time by function and
 * by module, and inclusive time of the project's own functions, so that the cause of a
 * missed target can be read without opening DevTools.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function moduleOf(url: string, root: string): string {
  if (!url) return '(native/idle)';
  const path = url.replace(/^file:\/\//, '');
  const packages = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (packages?.[1]) return packages[1];
  const chunk = /\/\.prerender\/(.+)$/.exec(path);
  if (chunk?.[1]) return `.prerender/${chunk[1].replace(/\?.*$/, '')}`;
  if (path.startsWith(root)) return path.slice(root.length + 1).replace(/\?.*$/, '');
  return path.startsWith('node:') ? path : path.replace(/\?.*$/, '');
}

/** The largest profile in `dir` (the build's main process), summarised as text. */
export function summariseProfile(dir: string, root: string, top = 25): string {
  const files = readdirSync(dir).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) return `No .cpuprofile in ${dir}`;
  const profiles = files.map((file) => ({
    file,
    profile: JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile,
  }));
  // The build's own process has by far the most distinct call frames; `npm run build` around it mostly waits in spawnSync.
  profiles.sort((a, b) => b.profile.nodes.length - a.profile.nodes.length);
  const { file, profile } = profiles[0]!;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));
  const totalMs = [...self.values()].reduce((a, b) => a + b, 0);
  const label = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${moduleOf(node.callFrame.url, root)}:${node.callFrame.lineNumber + 1}`;
  const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);

  const selfByFunction = new Map<string, number>();
  const selfByModule = new Map<string, number>();
  for (const [id, time] of self) {
    const node = byId.get(id);
    if (!node) continue;
    add(selfByFunction, label(node), time);
    add(selfByModule, moduleOf(node.callFrame.url, root), time);
  }

  // Inclusive time of the project's own functions (src/, and the page chunks Astro bundles from it into
  // <outDir>/.prerender/), counted once per call stack.
  const inclusive = new Map<string, number>();
  const visit = (id: number, open: Set<string>): number => {
    const node = byId.get(id);
    if (!node) return 0;
    let time = self.get(id) ?? 0;
    const own =
      node.callFrame.url.includes(`${root}/src/`) || node.callFrame.url.includes('/.prerender/')
        ? label(node)
        : undefined;
    const entered = own !== undefined && !open.has(own);
    if (entered) open.add(own);
    for (const child of node.children ?? []) time += visit(child, open);
    if (entered) {
      open.delete(own);
      add(inclusive, own, time);
    }
    return time;
  };
  const childIds = new Set(profile.nodes.flatMap((node) => node.children ?? []));
  for (const node of profile.nodes) if (!childIds.has(node.id)) visit(node.id, new Set());

  const rows = (map: Map<string, number>, count: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(
        ([key, time]) =>
          `  ${time.toFixed(0).padStart(7)} ms ${((100 * time) / totalMs).toFixed(1).padStart(5)}%  ${key}`,
      )
      .join('\n');
  return [
    `Profile ${file}: ${(totalMs / 1000).toFixed(1)} s sampled`,
    'Self time by module:',
    rows(selfByModule, 15),
    'Self time by function:',
    rows(selfByFunction, top),
    'Inclusive time of sidkit functions (src/ and its bundled page chunks):',
    rows(inclusive, top),
  ].join('\n');
}
