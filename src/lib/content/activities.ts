/**
 * The activities of a toolkit, read from its MDX in order: their anchors, timings,
 * purposes and materials. The toolkit page, the content check, the activity index and
 * the finder all use this one reading.
 */
import { componentAnchor } from './component-anchors.ts';
import { mdxElements, numberAttribute, textAttribute } from './mdx-elements.ts';

/** One `<Activity>` of a toolkit. */
export interface ActivityInfo {
  /** Anchor on the toolkit page, stable across languages: `activity-1`, `activity-2`, …, the id the MDX compile gives the element (./component-anchors.ts). */
  id: string;
  title: string;
  minutes: number;
  purpose: string;
  materials: string[];
  line: number;
}

/**
 * Splits a `materials` attribute ("paper; pens") into items; "None" and blanks are dropped by
 * the caller's data, not here. The Arabic semicolon (؛) and the full-width one of Chinese
 * and Japanese (；) separate items too: translators type their own language's.
 */
export function splitMaterials(materials: string | undefined): string[] {
  return (materials ?? '')
    .split(/[;\u061B\uFF1B]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/** The activities of a toolkit's MDX source, in order. */
export function toolkitActivities(mdxSource: string): ActivityInfo[] {
  return mdxElements(mdxSource)
    .elements.filter((element) => element.name === 'Activity')
    .map((element, index) => ({
      id: componentAnchor('Activity', index),
      title: textAttribute(element, 'title') ?? '',
      minutes: numberAttribute(element, 'minutes') ?? 0,
      purpose: textAttribute(element, 'purpose') ?? '',
      materials: splitMaterials(textAttribute(element, 'materials')),
      line: element.line,
    }));
}

/** Every distinct material of a toolkit's activities, in order of first mention. */
export function toolkitMaterials(activities: readonly ActivityInfo[]): string[] {
  return [...new Set(activities.flatMap((activity) => activity.materials))];
}
