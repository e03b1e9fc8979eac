/**
 * sidkit's own illustrations (src/assets/illustrations/), as SVG markup to inline, so that
 * their `var(--sk-primary)` fills take the campaign's brand colours. They are decorative:
 * every file is `aria-hidden`, and the text beside them says what they stand for.
 */
const files = import.meta.glob<string>('../assets/illustrations/**/*.svg', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The markup of an illustration by name, e.g. `young-people` or `covers/ages-7-11`; undefined if sidkit has none of that name. */
export function illustration(name: string): string | undefined {
  return files[`../assets/illustrations/${name}.svg`];
}
