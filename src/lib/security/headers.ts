/**
 * The security headers of a built site, and the three ways hosts take them: the `_headers`
 * file of Netlify and Cloudflare Pages (written into the built folder), and the nginx and
 * Apache lines the README gives for servers configured by hand. One list, so the three
 * cannot disagree.
 */
import { formatPolicy, type Policy } from './csp.ts';

/** A response header, name and value. */
export type Header = readonly [name: string, value: string];

/**
 * Powerful features no page uses, switched off for the site and anything it might embed;
 * `browsing-topics` opts the pages out of interest-based advertising (it replaced FLoC's `interest-cohort`,
 * which current Chromium no longer recognises and warns about).
 */
const DISABLED_FEATURES = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

/**
 * Every header the site is served with: its Content-Security-Policy; no guessing of content
 * types; no referrer at all, so that neither the quick exit's destination nor a helpline's
 * site learns which page a child came from (nothing on the site needs a referrer); and the
 * features no page uses switched off.
 */
export function securityHeaders(policy: Policy): Header[] {
  return [
    ['Content-Security-Policy', formatPolicy(policy)],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', ')],
  ];
}

/** The `_headers` file of Netlify and Cloudflare Pages: every header for every path (`/*`), under a comment saying where it comes from. */
export function headersFile(headers: readonly Header[]): string {
  const lines = headers.map(([name, value]) => `  ${name}: ${value}`);
  return ['# Written by sidkit with every build: the security headers of every file.', '/*', ...lines, ''].join('\n');
}

/** The same headers as nginx `add_header` lines (`always`, so that 404 pages get them too). */
export function nginxLines(headers: readonly Header[]): string {
  return headers.map(([name, value]) => `add_header ${name} "${value}" always;`).join('\n');
}

/** The same headers as Apache `Header always set` lines (mod_headers). */
export function apacheLines(headers: readonly Header[]): string {
  return headers.map(([name, value]) => `Header always set ${name} "${value}"`).join('\n');
}
