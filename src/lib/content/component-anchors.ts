/**
 * The anchors of a toolkit's numbered sections (`activity-1`, `worksheet-1`, …), given to
 * each `<Activity>` and `<Worksheet>` element while Astro compiles the MDX, in document
 * order. The activity index reads the same order from the source (./activities.ts), so a
 * section, its link in the toolkit summary and its search record always share one id,
 * whatever the titles say.
 */
import type { MdastPluginDefinition, MdxJsxFlowElement, MdxJsxTextElement } from 'satteri';

/** The components that get an anchor, with the prefix of their numbered ids. */
export const ANCHORED_COMPONENTS: Readonly<Record<string, string>> = {
  Activity: 'activity',
  Worksheet: 'worksheet',
  Quiz: 'quiz',
  Assembly: 'assembly',
};

/** The anchor of the `index`-th (from 0) `component` of a page, e.g. `activity-2`; stable across languages. */
export function componentAnchor(component: string, index: number): string {
  return `${ANCHORED_COMPONENTS[component]}-${index + 1}`;
}

/**
 * A Sätteri mdast plugin factory (one fresh counter per compiled document) that sets `id`
 * on every anchored component, replacing any `id` an author wrote. Sätteri cannot change
 * a JSX element's attributes in place, so the element is replaced by a copy.
 */
export function componentAnchorsPlugin(): MdastPluginDefinition {
  const counts = new Map<string, number>();
  // The element's attributes with its anchor, or undefined when it gets none.
  const anchored = (node: Readonly<MdxJsxFlowElement | MdxJsxTextElement>) => {
    if (node.name === null || !Object.hasOwn(ANCHORED_COMPONENTS, node.name)) return undefined;
    const index = counts.get(node.name) ?? 0;
    counts.set(node.name, index + 1);
    const kept = node.attributes.filter((attribute) => !('name' in attribute && attribute.name === 'id'));
    return [...kept, { type: 'mdxJsxAttribute' as const, name: 'id', value: componentAnchor(node.name, index) }];
  };
  return {
    name: 'sidkit-component-anchors',
    mdxJsxFlowElement(node, ctx) {
      const attributes = anchored(node);
      if (attributes) ctx.replaceNode(node, { type: node.type, name: node.name, attributes, children: node.children });
    },
    mdxJsxTextElement(node, ctx) {
      const attributes = anchored(node);
      if (attributes) ctx.replaceNode(node, { type: node.type, name: node.name, attributes, children: node.children });
    },
  };
}
