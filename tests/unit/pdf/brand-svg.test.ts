import { expect, test } from 'vitest';
import { tint } from '../../../src/lib/colour.ts';
import { withBrandColours } from '../../../src/lib/pdf/brand-svg.ts';

test('an illustration prints in the campaign colours, and unknown variables in their fallbacks', () => {
  const svg =
    '<svg><path fill="var(--sk-primary, #1d4ed8)"/><path fill="var(--sk-accent,#fbbf24)"/><path fill="var( --sk-primary-soft , #dbeafe )"/><path fill="var(--other, rgb(1, 2, 3))"/></svg>';
  expect(withBrandColours(svg, { primary: '#7c3aed', soft: '#f2ebfd' })).toBe(
    '<svg><path fill="#7c3aed"/><path fill="#fbbf24"/><path fill="#f2ebfd"/><path fill="rgb(1, 2, 3)"/></svg>',
  );
});

test('a tint mixes the colour into white', () => {
  expect(tint('#1d4ed8', 0)).toBe('#ffffff');
  expect(tint('#1d4ed8', 1)).toBe('#1d4ed8');
  expect(tint('#000', 0.5)).toBe('#808080');
});
