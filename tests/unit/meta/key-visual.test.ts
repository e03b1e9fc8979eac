import { expect, test } from 'vitest';
import { keyVisualFilePath, keyVisualFiles } from '../../../src/lib/meta/key-visual.ts';

test('an SVG key visual is published as it is, a photo as WebP for phones and wide screens', () => {
  expect(keyVisualFiles('key-visual.SVG')).toEqual([{ name: 'key-visual.svg' }]);
  expect(keyVisualFiles('pictures/hero.jpg')).toEqual([
    { name: 'key-visual-640.webp', width: 640 },
    { name: 'key-visual-1280.webp', width: 1280 },
  ]);
  expect(keyVisualFilePath('sid-2027', { name: 'key-visual.svg' })).toBe('/pictures/sid-2027/key-visual.svg');
});
