import { describe, expect, test } from 'vitest';
import { pdfDestinationHref, toolkitPdfPath } from '../../../src/lib/routing/toolkit-files.ts';

describe('deep links into a toolkit PDF', () => {
  test('open the PDF at a named destination, in the form PDF viewers read', () => {
    expect(pdfDestinationHref(toolkitPdfPath('sid-2027', 'ar', 'ages-7-11', 'us-letter'), 'activity-2')).toBe(
      '/ar/sid-2027/toolkits/sid-2027-ages-7-11-ar-us-letter.pdf#nameddest=activity-2',
    );
  });

  test('escape a destination that is not a plain id, so it cannot end the fragment early', () => {
    expect(pdfDestinationHref('/a.pdf', 'a b&c')).toBe('/a.pdf#nameddest=a%20b%26c');
  });
});
