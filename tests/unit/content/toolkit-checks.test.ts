import { describe, expect, test } from 'vitest';
import { checkCampaign } from '../../../src/lib/content/check-campaigns.ts';
import type { CampaignFolder } from '../../../src/lib/content/campaign-tree.ts';
import { toolkitActivities, toolkitMaterials } from '../../../src/lib/content/activities.ts';

const config = `title: { en: T }\ntagline: { en: T }\ndate: 2027-02-09\ndefaultLocale: en\nlocales: [en]\nbrand: { primary: "#1d4ed8" }\norganiser: { name: O, url: "https://example.org" }\nlicence: { name: L, url: "https://example.org/l" }\n`;
const toolkit = (duration: number, end: string) => `---
title: Pack
summary: A pack.
audience: ages-7-11
objectives: [Learn]
duration: ${duration}
---

<Activity title="One" minutes={10} purpose="youth-led" materials="Paper; pens">

<Steps>
1. Do it.
</Steps>

</Activity>

<Activity title="Two" minutes={5} purpose="engage-families" materials="pens; Glue">

<Steps>
1. Do it.
</Steps>

</Activity>
${end}`;

function folder(toolkitText: string, id = 'c'): CampaignFolder {
  const file = (pathInCampaign: string, text: string) => ({ pathInCampaign, displayPath: `c/${pathInCampaign}`, text });
  return {
    id,
    dir: '/tmp/c',
    files: ['campaign.yaml', 'en/index.mdx', 'en/toolkits/pack.mdx'],
    config: file('campaign.yaml', config),
    mdx: [
      file('en/index.mdx', '---\ntitle: Home\ndescription: Home.\n---\nHi.\n'),
      file('en/toolkits/pack.mdx', toolkitText),
    ],
  };
}
const context = { sources: new Map(), today: '2026-11-27' };

test('a campaign cannot take a name sidkit uses for its own pages', () => {
  for (const id of ['search', 'activities', 'Bad Name']) {
    expect(checkCampaign(folder(toolkit(15, '\n<HelpBox />\n'), id), context)).toEqual([
      expect.objectContaining({ name: 'CampaignNameInvalid', file: `${id}/` }),
    ]);
  }
});

describe('toolkit checks', () => {
  test('a valid toolkit passes', () => {
    expect(checkCampaign(folder(toolkit(15, '\n<HelpBox />\n')), context)).toEqual([]);
  });

  test('duration must equal the sum of the activities', () => {
    const [found] = checkCampaign(folder(toolkit(20, '\n<HelpBox />\n')), context);
    expect(found).toMatchObject({ name: 'ToolkitDurationMismatch', line: 6, expected: 'duration: 15' });
  });

  test('every character of a toolkit that no PDF font has is reported, next to its other problems', () => {
    const text = toolkit(20, '\n<HelpBox />\n').replace('1. Do it.', '1. Write \uE000 and 𠀀.');
    expect(checkCampaign(folder(text), context)).toEqual([
      expect.objectContaining({ name: 'ToolkitDurationMismatch' }),
      expect.objectContaining({ name: 'GlyphNotInFonts', file: 'c/en/toolkits/pack.mdx', line: 12, column: 10 }),
      expect.objectContaining({ name: 'GlyphNotInFonts', file: 'c/en/toolkits/pack.mdx', line: 12, column: 16 }),
    ]);
  });

  test('a toolkit without a help box is reported at its end', () => {
    const text = toolkit(15, '');
    expect(checkCampaign(folder(text), context)).toEqual([
      expect.objectContaining({
        name: 'ToolkitHelpBoxMissing',
        file: 'c/en/toolkits/pack.mdx',
        line: text.split('\n').length,
      }),
    ]);
  });

  test('activities are read in order with anchors, timings and de-duplicated materials', () => {
    const activities = toolkitActivities(toolkit(15, ''));
    expect(activities.map(({ id, title, minutes, purpose }) => ({ id, title, minutes, purpose }))).toEqual([
      { id: 'activity-1', title: 'One', minutes: 10, purpose: 'youth-led' },
      { id: 'activity-2', title: 'Two', minutes: 5, purpose: 'engage-families' },
    ]);
    expect(toolkitMaterials(activities)).toEqual(['Paper', 'pens', 'Glue']);
  });
});
