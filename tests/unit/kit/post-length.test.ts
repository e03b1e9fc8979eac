import { describe, expect, test } from 'vitest';
import { graphemeCount, postLength } from '../../../src/lib/kit/post-length.ts';
import { hasHashtag, postText } from '../../../src/lib/kit/post-text.ts';
import { messagePlatforms, postFits, tightestFit } from '../../../src/lib/kit/post-fit.ts';
import type { KitMessage } from '../../../src/lib/kit/kit-schema.ts';

describe('postLength', () => {
  test('counts an emoji, with its skin tone or as a family, as one character, and as 2 on X', () => {
    for (const emoji of ['😀', '👍🏽', '👨‍👩‍👧', '🇫🇷']) {
      expect(graphemeCount(emoji), emoji).toBe(1);
      expect(postLength(emoji, 'bluesky'), emoji).toBe(1);
      expect(postLength(emoji, 'mastodon'), emoji).toBe(1);
      expect(postLength(emoji, 'x'), emoji).toBe(2);
    }
  });

  test('counts a letter with combining accents as one character, on X by code points after NFC', () => {
    expect(postLength('e\u0301te\u0301', 'bluesky')).toBe(3);
    expect(postLength('e\u0301te\u0301', 'x')).toBe(3);
  });

  test('X counts Chinese characters and their punctuation 2 each, Bluesky and Mastodon 1', () => {
    const chinese = '和你信任的人谈一谈。';
    expect(postLength(chinese, 'x')).toBe(20);
    expect(postLength(chinese, 'bluesky')).toBe(10);
    expect(postLength(chinese, 'mastodon')).toBe(10);
  });

  test('Arabic, Cyrillic and Latin count 1 a character everywhere, with their diacritics and spaces', () => {
    const arabic = 'تحدّث إلى شخص تثق به';
    expect(postLength(arabic, 'x')).toBe([...arabic.normalize('NFC')].length);
    expect(postLength(arabic, 'bluesky')).toBe(19);
    expect(postLength('Скажи тому, кому доверяешь', 'x')).toBe(26);
    expect(postLength('Tell someone', 'threads')).toBe(12);
  });

  test('X and Mastodon count every link as 23, Bluesky counts it in full', () => {
    const long = 'See https://example.org/a/very/long/path/to/the/parents/toolkit/page. Thanks';
    expect(postLength(long, 'x')).toBe('See '.length + 23 + '. Thanks'.length);
    expect(postLength(long, 'mastodon')).toBe('See '.length + 23 + '. Thanks'.length);
    expect(postLength(long, 'bluesky')).toBe(long.length);
    expect(postLength('Go to example.org/kit', 'x')).toBe('Go to '.length + 23);
    expect(postLength('Go to example.org/kit', 'mastodon')).toBe(21);
  });

  test('X does not take an email address, a number or an abbreviation for a link', () => {
    for (const text of ['press@example.org', '2.8 billion', 'e.g. today', '9 February 2027.'])
      expect(postLength(text, 'x'), text).toBe(text.length);
  });
});

describe('postText', () => {
  const message = {
    text: { en: 'Talk to someone you trust.', fr: 'Parles-en. #SaferInternetDay', zh: '说出来 #saferinternetday' },
  };

  test('adds the hashtag after a space when the text lacks it, and never twice', () => {
    expect(postText(message, 'en', '#SaferInternetDay')).toBe('Talk to someone you trust. #SaferInternetDay');
    expect(postText(message, 'fr', '#SaferInternetDay')).toBe('Parles-en. #SaferInternetDay');
    expect(postText(message, 'zh', '#SaferInternetDay')).toBe('说出来 #saferinternetday');
  });

  test('in right-to-left text, a left-to-right mark keeps the "#" at the start of a Latin tag', () => {
    const arabic = { text: { ar: 'تحدّث إلى شخص تثق به.', he: 'ספר למישהו.' } };
    expect(postText(arabic, 'ar', '#SaferInternetDay')).toBe('تحدّث إلى شخص تثق به. \u200E#SaferInternetDay');
    expect(postText(arabic, 'he', '#SaferInternetDay')).toBe('ספר למישהו. \u200E#SaferInternetDay');
    expect(postText(arabic, 'ar', '#يوم_الإنترنت')).toBe('تحدّث إلى شخص تثق به. #يوم_الإنترنت');
    expect(hasHashtag(postText(arabic, 'ar', '#SaferInternetDay')!, '#SaferInternetDay')).toBe(true);
  });

  test('has no post in a language without text', () => {
    expect(postText(message, 'ar', '#SaferInternetDay')).toBeUndefined();
  });

  test('a longer tag, or one glued to a word (which networks do not take for a tag), is not the hashtag', () => {
    expect(hasHashtag('#SaferInternetDay2027', '#SaferInternetDay')).toBe(false);
    expect(hasHashtag('说出来#SaferInternetDay', '#SaferInternetDay')).toBe(false);
    expect(hasHashtag('Join #SaferInternetDay!', '#SaferInternetDay')).toBe(true);
  });
});

describe('tightestFit', () => {
  const hashtag = '#SaferInternetDay';
  const message = (text: Record<string, string>, platforms?: KitMessage['platforms']): KitMessage => ({
    id: 'm',
    text,
    ...(platforms ? { platforms } : {}),
  });

  test('a message without platforms is meant for every network and fits the tightest: X for most text', () => {
    expect(messagePlatforms(message({ en: 'x' }))).toHaveLength(7);
    expect(tightestFit(message({ en: 'Tell someone you trust.' }), 'en', hashtag)).toEqual({
      platform: 'x',
      length: 'Tell someone you trust. #SaferInternetDay'.length,
      limit: 280,
    });
  });

  test('Bluesky is the tightest when a long link, which it counts in full, makes the post long there', () => {
    const text = `Read this: https://example.org/${'a'.repeat(200)}`;
    expect(tightestFit(message({ en: text }), 'en', hashtag)).toMatchObject({ platform: 'bluesky', limit: 300 });
  });

  test('a Chinese message for X and Bluesky is tightest on X, which counts its characters double', () => {
    const fit = tightestFit(message({ zh: '和你信任的人谈一谈。' }, ['bluesky', 'x']), 'zh', hashtag);
    expect(fit).toEqual({ platform: 'x', length: 20 + 1 + 17, limit: 280 });
    expect(postFits(message({ zh: '和你信任的人谈一谈。' }, ['bluesky', 'x']), 'zh', hashtag)).toEqual([
      { platform: 'bluesky', length: 10 + 1 + 17, limit: 300 },
      fit,
    ]);
  });

  test('no fit in a language without text', () => {
    expect(tightestFit(message({ en: 'x' }), 'fr', hashtag)).toBeUndefined();
  });
});
