import { describe, expect, test } from 'vitest';
import { campaignSummary, shownCampaigns } from '../../../src/lib/errors/campaign-summary.ts';
import { UnknownComponent, UnknownSource } from '../../../src/lib/errors/catalogue.ts';
import { problem } from '../../../src/lib/errors/problem.ts';

const campaigns = shownCampaigns(
  [
    { id: 'sid-2027', dir: '/site/campaigns/sid-2027' },
    { id: 'broken-one', dir: '/site/campaigns/broken-one' },
    { id: 'warned', dir: '/site/campaigns/warned' },
  ],
  '/site',
);
const error = (file: string) => problem(UnknownComponent, { file, message: 'unknown' });
const warning = (file: string) => problem(UnknownComponent, { file, message: 'unknown', severity: 'warning' });

describe('the summary by campaign of a report with errors', () => {
  test('names the campaigns that were fine and suggests building them alone', () => {
    const problems = [
      error('campaigns/broken-one/en/index.mdx'),
      error('campaigns/broken-one/en/index.mdx'),
      error('campaigns/broken-one/campaign.yaml'),
      warning('campaigns/warned/help.yaml'),
    ];
    expect(campaignSummary(problems, campaigns)).toBe(
      [
        'By campaign: sid-2027: no problems; broken-one: 3 errors; warned: 1 warning.',
        'To publish the campaigns without errors while the others are fixed: npm run build -- --campaign sid-2027,warned',
      ].join('\n'),
    );
  });

  test('does not take one campaign for another whose name begins the same', () => {
    const shown = shownCampaigns(
      [
        { id: 'sid', dir: '/p/sid' },
        { id: 'sid-2', dir: '/p/sid-2' },
      ],
      '/p',
    );
    expect(campaignSummary([error('sid-2/en/index.mdx')], shown)).toMatch(
      /^By campaign: sid: no problems; sid-2: 1 error\./,
    );
  });

  test('says when no campaign is fine, or when an error outside the campaigns stops them all', () => {
    const all = [
      error('campaigns/sid-2027/a.mdx'),
      error('campaigns/broken-one/a.mdx'),
      error('campaigns/warned/a.mdx'),
    ];
    expect(campaignSummary(all, campaigns)?.split('\n')[1]).toBe('No campaign is free of errors.');
    const registry = [
      problem(UnknownSource, { file: 'src/data/sources/x.yaml', message: 'bad' }),
      error('campaigns/warned/a.mdx'),
    ];
    expect(campaignSummary(registry, campaigns)).toBe(
      [
        'By campaign: sid-2027: no problems; broken-one: no problems; warned: 1 error.',
        'Outside the campaign folders: 1 error, which stop the build of every campaign.',
      ].join('\n'),
    );
  });

  test('is left out for one campaign, and for warnings only', () => {
    expect(campaignSummary([error('campaigns/sid-2027/a.mdx')], campaigns.slice(0, 1))).toBeUndefined();
    expect(campaignSummary([warning('campaigns/warned/a.mdx')], campaigns)).toBeUndefined();
  });
});
