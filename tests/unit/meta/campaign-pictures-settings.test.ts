import { expect, test } from 'vitest';
import { readCampaignSettings } from '../../../src/lib/model/campaign-settings.ts';

const settingsWith = (brand: string, files: string[]) =>
  readCampaignSettings(
    { id: 'sid-2099', dir: '/campaigns/sid-2099', files: ['campaign.yaml', ...files] },
    {
      pathInCampaign: 'campaign.yaml',
      displayPath: 'campaigns/sid-2099/campaign.yaml',
      text: [
        'title: { en: Day }',
        'tagline: { en: Together }',
        'date: 2099-02-10',
        'defaultLocale: en',
        'locales: [en]',
        'brand:',
        '  primary: "#1d4ed8"',
        ...brand.split('\n').map((line) => `  ${line}`),
        'organiser: { name: Centre, url: "https://example.org" }',
        'licence: { name: CC BY 4.0, url: "https://creativecommons.org/licenses/by/4.0/" }',
      ].join('\n'),
    },
  );

test('a key visual and a logo that exist in the campaign folder are accepted, as paths with folders', () => {
  const settings = settingsWith('logo: logo.svg\nkeyVisual: ./art/key-visual.webp', [
    'logo.svg',
    'art/key-visual.webp',
  ]);
  expect(settings.problems).toEqual([]);
  expect(settings.config?.brand).toMatchObject({ logo: 'logo.svg', keyVisual: './art/key-visual.webp' });
});

test('a missing logo and a missing key visual are both reported, each at its line, with what to write', () => {
  const { config, problems } = settingsWith('logo: logo.svg\nkeyVisual: key-visual.svg', []);
  expect(config).toBeUndefined();
  expect(problems).toEqual([
    expect.objectContaining({
      name: 'LogoInvalid',
      file: 'campaigns/sid-2099/campaign.yaml',
      field: 'brand.logo',
      line: 8,
      message: 'there is no file "logo.svg" in sid-2099/',
    }),
    expect.objectContaining({
      name: 'KeyVisualInvalid',
      file: 'campaigns/sid-2099/campaign.yaml',
      field: 'brand.keyVisual',
      line: 9,
      message: 'there is no file "key-visual.svg" in sid-2099/',
      expected: expect.stringContaining('inside the campaign folder'),
      hint: expect.stringContaining('brand.keyVisual'),
    }),
  ]);
});

test('a key visual outside the campaign folder is refused even when the file exists there', () => {
  const { problems } = settingsWith('keyVisual: ../elsewhere/key-visual.png', ['../elsewhere/key-visual.png']);
  expect(problems).toEqual([
    expect.objectContaining({
      name: 'KeyVisualInvalid',
      line: 8,
      message: '"../elsewhere/key-visual.png" is outside the campaign folder sid-2099/',
    }),
  ]);
});

test('a key visual that is not an SVG, PNG, JPEG or WebP picture is a field error', () => {
  const { problems } = settingsWith('keyVisual: key-visual.gif', ['key-visual.gif']);
  expect(problems).toEqual([
    expect.objectContaining({ name: 'CampaignFieldInvalid', field: 'brand.keyVisual', line: 8 }),
  ]);
});
