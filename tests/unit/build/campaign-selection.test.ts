import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { campaignList, parseCampaignArgs, unknownCampaigns } from '../../../src/lib/build/campaign-selection.ts';
import { buildSettings } from '../../../src/lib/build/settings.ts';
import { readProject } from '../../../src/lib/model/project.ts';
import { SOURCES_DIR } from '../../../src/site/sources-dir.ts';
import { FIXTURE_TODAY } from '../../helpers/project.ts';

describe('npm run build -- --campaign', () => {
  test('takes the names out of the arguments and leaves the rest for astro build', () => {
    expect(parseCampaignArgs(['--campaign', 'sid-2027', '--verbose'])).toEqual({
      campaigns: ['sid-2027'],
      rest: ['--verbose'],
      missingValue: false,
    });
    expect(parseCampaignArgs(['--campaign=a,b', '--campaign', 'c', '--campaign', 'a']).campaigns).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(parseCampaignArgs(['--verbose'])).toEqual({ rest: ['--verbose'], missingValue: false });
  });

  test('notices a --campaign without a name, at the end or before another option', () => {
    expect(parseCampaignArgs(['--campaign'])).toEqual({ rest: [], missingValue: true });
    expect(parseCampaignArgs(['--campaign', '--verbose'])).toEqual({ rest: ['--verbose'], missingValue: true });
  });

  test('reaches every astro build through SIDKIT_BUILD_CAMPAIGNS; empty means every campaign', () => {
    expect(buildSettings({ SIDKIT_BUILD_CAMPAIGNS: 'alpha, beta' }).campaigns).toEqual(['alpha', 'beta']);
    expect(buildSettings({}).campaigns).toBeUndefined();
    expect(campaignList(' , ')).toBeUndefined();
  });

  test('an unknown name is a catalogued problem that lists the campaigns there are', () => {
    const [unknown, ...more] = unknownCampaigns(['alpha', 'gamma'], ['alpha', 'beta'], 'campaigns');
    expect(more).toEqual([]);
    expect(unknown).toMatchObject({
      name: 'UnknownCampaign',
      severity: 'error',
      file: 'campaigns/',
      field: '--campaign gamma',
      message: 'there is no campaign "gamma" in campaigns/',
      expected: 'one of: alpha, beta',
    });
    expect(unknown?.hint).toMatch(/npm run build -- --campaign sid-2027/);
    expect(unknownCampaigns([], ['alpha'], 'campaigns', true)).toEqual([
      expect.objectContaining({ field: '--campaign', message: '--campaign was given without a campaign name' }),
    ]);
    expect(unknownCampaigns(['x'], [], 'empty')[0]?.expected).toBe('one of: none: empty/ has no campaign folders');
  });

  test('makes the project model hold that campaign alone: its folder, settings and routes', () => {
    const dir = join(import.meta.dirname, '../../fixtures/multilingual/campaigns');
    const model = readProject(dir, { sourcesDir: SOURCES_DIR, today: FIXTURE_TODAY, campaigns: ['beta'] });
    expect(model.folders.map((folder) => folder.id)).toEqual(['beta']);
    expect(model.campaigns.map((campaign) => campaign.id)).toEqual(['beta']);
    expect(new Set([...model.pageRoutes, ...model.toolkitRoutes].map((route) => route.campaign))).toEqual(
      new Set(['beta']),
    );
    const whole = readProject(dir, { sourcesDir: SOURCES_DIR, today: FIXTURE_TODAY });
    expect(whole.folders.map((folder) => folder.id)).toEqual(['alpha', 'beta']);
  });
});
