/** The chat page, its assets and strings, the embed script, and CORS/CSP that allow exactly the configured embedding origins. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Script } from 'node:vm';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { TurnRunner } from '../../src/channels/bot-framework.js';
import { LANGUAGES } from '../../src/core/taxonomy.js';
import { buildChatApp } from '../browser/chat-server.js';

const runner: TurnRunner = { run: () => ({ language: 'en', replies: [] }) };
const AGENCY = 'https://www.agency.gov.sg';
const { app } = buildChatApp({ runner, embedOrigins: [AGENCY, 'https://*.example.org'] });
const strings = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/webchat.json`, 'utf8'));

describe('GET /', () => {
  it('serves the page in the negotiated language with the four-language picker and the disclaimer', async () => {
    const res = await request(app).get('/').set('Accept-Language', 'ta-SG,ta;q=0.9,en;q=0.5');
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('<html lang="ta"');
    for (const lang of LANGUAGES) expect(res.text).toContain(`<option value="${lang}" lang="${lang}"`);
    expect(res.text).toMatch(/English<\/option>.*Bahasa Melayu<\/option>.*中文<\/option>.*தமிழ்<\/option>/s);
    expect(res.text).toContain(strings('ta').footer.disclaimer.replace('{{days}}', '30').replaceAll('"', '&quot;'));
    expect(res.text).toContain(`<label id="language-label" for="language">${strings('ta').language.label}</label>`);
    expect((await request(app).get('/?lang=ms').set('Accept-Language', 'ta')).text).toContain('<html lang="ms"');
    expect((await request(app).get('/').set('Accept-Language', 'fr-FR')).text).toContain('<html lang="en"');
  });

  it('runs only its own scripts, served by the bot itself (no CDN, no inline script)', async () => {
    const res = await request(app).get('/');
    const scripts = [...res.text.matchAll(/<script([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBe(2);
    for (const attributes of scripts) expect(attributes).toMatch(/src="\/webchat\/[\w.]+\.js\?v=[\w-.]+"/);
    expect(res.text).not.toMatch(/https?:\/\//);
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('may be framed only by itself and the embedding origins', async () => {
    const res = await request(app).get('/?embed=1');
    expect(res.headers['content-security-policy']).toContain(`frame-ancestors 'self' ${AGENCY} https://*.example.org`);
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.text).toContain('class="embedded"');
  });
});

describe('the page assets', () => {
  it('serves the official Web Chat bundle from node_modules, gzipped when asked, cached for a week', async () => {
    const require = createRequire(import.meta.url);
    const file = readFileSync(require.resolve('botframework-webchat').replace(/lib[\\/]index\.js$/, 'dist/webchat.js'));
    const version = JSON.parse(readFileSync('node_modules/botframework-webchat/package.json', 'utf8')).version as string;
    expect((await request(app).get('/').then((r) => r.text))).toContain(`/webchat/webchat.js?v=${version}`);
    const gzipped = await request(app).get('/webchat/webchat.js').set('Accept-Encoding', 'gzip').buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers['cache-control']).toBe('public, max-age=604800');
    expect(gzipped.headers['content-type']).toMatch(/^text\/javascript/);
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    // supertest inflates the body; the length on the wire is the compressed one.
    expect((gzipped.body as Buffer).equals(file)).toBe(true);
    expect(Number(gzipped.headers['content-length'])).toBeLessThan(file.length / 2);
    const plain = await request(app).get('/webchat/webchat.js').set('Accept-Encoding', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(Number(plain.headers['content-length'])).toBe(file.length);
  });

  it('serves the page script and style with ETags', async () => {
    for (const path of ['/webchat/app.js', '/webchat/app.css']) {
      const res = await request(app).get(path);
      expect(res.status).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect((await request(app).get(path).set('If-None-Match', res.headers.etag!)).status).toBe(304);
    }
    expect(() => new Script((readFileSync('src/channels/webchat/public/app.js', 'utf8')))).not.toThrow();
  });

  it('serves each language\'s page strings as JSON, and nothing else under /webchat/i18n', async () => {
    const ta = await request(app).get('/webchat/i18n/ta.json');
    expect(ta.status).toBe(200);
    expect(ta.body.webChat.TEXT_INPUT_PLACEHOLDER).toBe(strings('ta').webChat.TEXT_INPUT_PLACEHOLDER);
    expect(ta.body.footer.disclaimer).not.toContain('{{days}}');
    expect((await request(app).get('/webchat/i18n/fr.json')).status).toBe(404);
    expect((await request(app).get('/webchat/i18n/..%2Fen.json')).status).toBe(404);
  });
});

describe('GET /embed.js', () => {
  it('is a script any origin may load, with the launcher titles of all four languages', async () => {
    const res = await request(app).get('/embed.js');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    for (const lang of LANGUAGES) expect(res.text).toContain(JSON.stringify(strings(lang).embed.open));
    expect(res.text).not.toContain('__STRINGS__');
    expect(() => new Script(res.text)).not.toThrow();
  });
});

describe('CORS on /v3/directline', () => {
  const preflight = (origin: string) =>
    request(app).options('/v3/directline/tokens/generate').set('Origin', origin).set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization,content-type,x-ms-bot-agent');

  it('lets the embedding origins (and their configured subdomains) send the headers Web Chat sends', async () => {
    for (const origin of [AGENCY, 'https://chat.example.org']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(origin);
      expect(res.headers['access-control-allow-headers']).toBe('Authorization, Content-Type, x-ms-bot-agent');
      expect(res.headers['access-control-allow-methods']).toContain('POST');
      expect(res.headers.vary).toContain('Origin');
    }
    const token = await request(app).post('/v3/directline/tokens/generate').set('Origin', AGENCY);
    expect(token.status).toBe(200);
    expect(token.headers['access-control-allow-origin']).toBe(AGENCY);
    expect(token.headers['access-control-expose-headers']).toBe('Retry-After');
  });

  it('refuses every other origin, and look-alikes, with 403 and no CORS headers', async () => {
    for (const origin of ['https://evil.example.com', 'http://www.agency.gov.sg', 'https://www.agency.gov.sg:8443', 'https://example.org', 'https://agency.gov.sg.evil.io', 'null']) {
      const res = await preflight(origin);
      expect(res.status, origin).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect((await request(app).post('/v3/directline/tokens/generate').set('Origin', origin)).status).toBe(403);
    }
  });

  it('allows the page\'s own origin and clients that send no Origin', async () => {
    const own = await request(app).post('/v3/directline/tokens/generate').set('Host', 'bot.local:3978').set('Origin', 'http://bot.local:3978');
    expect(own.status).toBe(200);
    expect((await request(app).post('/v3/directline/tokens/generate')).status).toBe(200);
  });
});
