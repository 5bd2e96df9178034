/** GET / (the chat page), its scripts and strings, and GET /embed.js (a chat button and panel for any agency page). */
import { Router, type Request, type Response } from 'express';
import { isLanguage, LANGUAGES, type Language } from '../../core/taxonomy.js';
import { asset, pageAsset, webChatBundle, type Asset } from './assets.js';
import { renderPage } from './html.js';
import { negotiateLanguage, type AllPageStrings } from './strings.js';

/** The page's strings and the origins allowed to frame it. */
export interface PageRouterOptions {
  strings: AllPageStrings;
  /** Origins allowed to frame the page (the embed panel) and to call Direct Line. */
  embedOrigins: readonly string[];
}

const ONE_WEEK_SECONDS = 604_800;

/** The page runs only its own scripts, talks only to its own origin, and may be framed only by the embedding origins. */
function pagePolicy(embedOrigins: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Web Chat styles itself at run time (emotion), which needs inline style elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${["'self'", ...embedOrigins].join(' ')}`,
  ].join('; ');
}

function sendAsset(req: Request, res: Response, file: Asset, cacheControl: string): void {
  const etag = `"${file.version}"`;
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  res.type(file.contentType).send(file.body);
}

/** The embed script with each language's button titles baked in, so it needs no request of its own before the click. */
function embedScript(strings: AllPageStrings): Asset {
  const source = pageAsset('embed.js');
  const titles = Object.fromEntries(LANGUAGES.map((lang) => [lang, strings[lang].embed]));
  return asset(Buffer.from(source.body.toString('utf8').replace('/*__STRINGS__*/ {}', JSON.stringify(titles))), source.contentType);
}

/** GET /, /webchat/* (Web Chat bundle, page script, style, strings) and /embed.js; mount at the root. */
export function webChatPageRouter(options: PageRouterOptions): Router {
  const router = Router();
  const bundle = webChatBundle();
  const app = pageAsset('app.js');
  const css = pageAsset('app.css');
  const embed = embedScript(options.strings);
  const policy = pagePolicy(options.embedOrigins);
  const assetVersion = `${app.version}${css.version}`.slice(0, 12);

  router.get('/', (req, res) => {
    const requested = typeof req.query.lang === 'string' && isLanguage(req.query.lang) ? req.query.lang : undefined;
    const lang: Language = requested ?? negotiateLanguage(req.headers['accept-language']);
    res.setHeader('Content-Security-Policy', policy);
    // frame-ancestors says who may frame the page; X-Frame-Options cannot name several origins.
    res.removeHeader('X-Frame-Options');
    res.setHeader('Cache-Control', 'no-cache');
    res.vary('Accept-Language');
    res.type('html').send(
      renderPage({ lang, strings: options.strings, embed: req.query.embed === '1', webChatVersion: bundle.packageVersion, assetVersion }),
    );
  });

  router.get('/webchat/webchat.js', async (req, res) => {
    res.setHeader('Cache-Control', `public, max-age=${ONE_WEEK_SECONDS}`);
    res.vary('Accept-Encoding');
    res.type(bundle.contentType);
    if (/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      res.setHeader('Content-Encoding', 'gzip');
      res.send(await bundle.gzipped());
      return;
    }
    res.send(bundle.body);
  });
  router.get('/webchat/app.js', (req, res) => sendAsset(req, res, app, 'no-cache'));
  router.get('/webchat/app.css', (req, res) => sendAsset(req, res, css, 'no-cache'));

  router.get('/webchat/i18n/:file', (req, res, next) => {
    const lang = /^([a-z]{2})\.json$/.exec(req.params.file)?.[1];
    if (!isLanguage(lang)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.json(options.strings[lang]);
  });

  router.get('/embed.js', (req, res) => {
    // Loaded by <script src> from other origins, which helmet's same-origin resource policy would block.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    sendAsset(req, res, embed, 'public, max-age=300');
  });
  return router;
}
