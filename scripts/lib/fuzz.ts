/**
 * Fuzzing over loopback: thousands of malformed requests to every route of an app listening on 127.0.0.1.
 * Expected: no 5xx, problem+json on every 4xx, well-formed requests keep working, Object.prototype untouched.
 */
import { request as httpRequest } from 'node:http';

export interface FuzzRoute {
  method: string;
  path: string;
  /** Headers a well-formed call needs (auth, If-Match…); the fuzzer drops or corrupts them too. */
  headers?: Record<string, string>;
}

export interface FuzzResult {
  sent: number;
  byStatus: Record<string, number>;
  failures: string[];
}

const ODD_UNICODE = ['\u202e', '\u200d', '\u200b', '\ufeff', '👨‍👩‍👧‍👦', 'க்ஷ்', 'ஸ்ரீ', '\u0bcd\u0bcd\u0bcd', '龘𠀀', 'e\u0301\u0301\u0301', '\ud800', '\u0000', '%00', '../../etc/passwd', "'; DROP TABLE schemes; --", '<script>alert(1)</script>'];

/** Percent-encodes any string byte by byte (encodeURIComponent throws on lone surrogates). */
function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

/** Query strings and ids that are malformed in themselves: broken escapes, invalid UTF-8, repeated keys. */
const HOSTILE_QUERY = ['%E0%A4%A', '%ff%fe', 'lang=en&lang=ms', '__proto__[polluted]=1', 'constructor[prototype][polluted]=1', 'limit=1e309', 'q=' + 'a'.repeat(600)];

function randomOf<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function nested(depth: number, open: string, close: string): string {
  return open.repeat(depth) + close.repeat(depth);
}

/** Malformed or hostile bodies, as raw bytes. */
export function hostileBodies(random: () => number): Buffer[] {
  const text = randomOf(ODD_UNICODE, random);
  return [
    Buffer.from('{"text":'),
    Buffer.from('not json at all'),
    Buffer.from(''),
    Buffer.from('null'),
    Buffer.from('[]'),
    Buffer.from('42'),
    Buffer.from('"a string"'),
    Buffer.from(JSON.stringify({ text: text.repeat(1 + Math.floor(random() * 50)) })),
    Buffer.from(JSON.stringify({ __proto__: { polluted: true }, constructor: { prototype: { polluted: true } }, text: 'hi' })),
    Buffer.from('{"__proto__":{"polluted":true},"profile":{"__proto__":{"polluted":true}},"audience":"business"}'),
    Buffer.from('{"constructor":{"prototype":{"polluted":true}}}'),
    Buffer.from(nested(5000, '[', ']')),
    Buffer.from(nested(2000, '{"a":', '}').replace(/}$/, '1}')),
    Buffer.from(JSON.stringify({ audience: 'business', profile: { employees: 'many', age: -5, sector: text } })),
    Buffer.from(JSON.stringify({ type: 'message', text, conversation: {}, from: null })),
    Buffer.from(JSON.stringify({ type: 'message', channelId: 'x', serviceUrl: 'javascript:alert(1)', conversation: { id: text }, from: { id: 1 } })),
    Buffer.from(JSON.stringify({ type: text, channelId: text, serviceUrl: 'https://x.example', conversation: { id: 'c' }, from: { id: 'u' }, deliveryMode: 'expectReplies' })),
    Buffer.concat([Buffer.from('{"text":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80]), Buffer.from('"}')]),
    Buffer.from(JSON.stringify({ text: 'x'.repeat(150_000) })),
    Buffer.from(JSON.stringify({ id: text, eligibility: { all: [{ any: [{ all: [{ field: 'age', op: 'gte', value: text }] }] }] } })),
    Buffer.from(JSON.stringify({ eligibility: JSON.parse(nested(400, '{"all":[', ']}').replace('[]', '[]')) })),
  ];
}

export async function sendRaw(base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<{ status: number; type: string; body: string }> {
  const url = new URL(path, base);
  return new Promise((resolve) => {
    const req = httpRequest(url, { method, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body: text }));
    });
    req.on('error', (error) => resolve({ status: 0, type: '', body: String(error) }));
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    req.end(body);
  });
}

/** Runs `rounds` rounds over `routes`; every round also checks that `probe` (a well-formed request) still answers 200. */
export async function fuzz(base: string, routes: FuzzRoute[], rounds: number, probe: () => Promise<number>, seed = 1): Promise<FuzzResult> {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const result: FuzzResult = { sent: 0, byStatus: {}, failures: [] };
  const contentTypes = ['application/json', 'application/json; charset=latin1', 'text/plain', 'application/merge-patch+json', 'application/gzip', ''];
  for (let round = 0; round < rounds; round += 1) {
    for (const route of routes) {
      for (const body of hostileBodies(random)) {
        const headers: Record<string, string> = { ...(random() < 0.8 ? route.headers : {}) };
        const type = randomOf(contentTypes, random);
        if (type) headers['content-type'] = type;
        const suffix = random() < 0.3 ? `?${randomOf(HOSTILE_QUERY, random)}&lang=${percentEncode(randomOf(ODD_UNICODE, random))}` : '';
        const id = random() < 0.2 ? randomOf(HOSTILE_QUERY, random) : percentEncode(randomOf(ODD_UNICODE, random));
        const path = route.path.replace(':id', id.slice(0, 300)) + suffix;
        const response = await sendRaw(base, route.method, path, headers, route.method === 'GET' ? undefined : body);
        result.sent += 1;
        result.byStatus[response.status] = (result.byStatus[response.status] ?? 0) + 1;
        if (response.status >= 500 || response.status === 0) {
          result.failures.push(`${route.method} ${route.path} → ${response.status}: ${response.body.slice(0, 200)}`);
        } else if (response.status >= 400 && !response.type.startsWith('application/problem+json')) {
          result.failures.push(`${route.method} ${route.path} → ${response.status} with ${response.type || 'no content type'}`);
        } else if (/at \w+ \(|node_modules|\/src\//.test(response.body)) {
          result.failures.push(`${route.method} ${route.path} leaked internals: ${response.body.slice(0, 200)}`);
        }
      }
    }
    const status = await probe();
    if (status !== 200) result.failures.push(`well-formed request failed during round ${round}: ${status}`);
  }
  return result;
}
