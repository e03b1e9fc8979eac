import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fileForPath, fileUrl, locate, readSite } from '../../helpers/quality/site.ts';

describe('reading an out dir', () => {
  test('keys every file by its path with forward slashes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidkit-site-'));
    try {
      mkdirSync(join(dir, 'en/sid'), { recursive: true });
      writeFileSync(join(dir, 'index.html'), '<p>root');
      writeFileSync(join(dir, 'en/sid/index.html'), '<p>sid');
      const site = readSite(dir);
      expect([...site.keys()].sort()).toEqual(['en/sid/index.html', 'index.html']);
      expect(site.get('en/sid/index.html')?.toString()).toBe('<p>sid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('paths and addresses', () => {
  const exists = (file: string) => ['index.html', 'en/index.html', 'en/404.html', 'a.css'].includes(file);

  test('a path names the file itself or its folder index.html', () => {
    expect(fileForPath('/', exists)).toBe('index.html');
    expect(fileForPath('/en/', exists)).toBe('en/index.html');
    expect(fileForPath('/en', exists)).toBe('en/index.html');
    expect(fileForPath('/en/404.html', exists)).toBe('en/404.html');
    expect(fileForPath('a.css', exists)).toBe('a.css');
    expect(fileForPath('/fr/', exists)).toBeUndefined();
  });

  test('a file is served at its folder when it is an index.html, under the base', () => {
    expect(fileUrl('index.html', { base: '/' }).pathname).toBe('/');
    expect(fileUrl('en/sid/index.html', { base: '/sub/' }).pathname).toBe('/sub/en/sid/');
    expect(fileUrl('en/404.html', { base: '/sub' }).href).toBe('https://sidkit.invalid/sub/en/404.html');
    expect(fileUrl('en/index.html', { base: '/', site: 'https://example.org' }).href).toBe('https://example.org/en/');
  });

  test('URLs resolve against the file that holds them, as a browser resolves them', () => {
    const address = { base: '/sub/', site: 'https://example.org' };
    expect(locate('../b/#x%20y', 'en/a/index.html', address)).toMatchObject({
      kind: 'internal',
      path: 'en/b/',
      fragment: 'x y',
    });
    expect(locate('/sub/fr/', 'en/a/index.html', address)).toMatchObject({ kind: 'internal', path: 'fr/' });
    expect(locate('https://example.org/sub/en/', 'index.html', address)).toMatchObject({
      kind: 'internal',
      path: 'en/',
    });
    expect(locate('/elsewhere/', 'index.html', address)).toMatchObject({ kind: 'internal', path: undefined });
    expect(locate('https://cdn.example.net/a.js', 'index.html', address).kind).toBe('external');
    expect(locate('//cdn.example.net/a.js', 'index.html', address).kind).toBe('external');
    for (const other of ['mailto:a@example.org', 'tel:+441234', 'data:image/gif;base64,R0lG', 'javascript:void(0)'])
      expect(locate(other, 'index.html', address).kind).toBe('other-scheme');
  });
});
