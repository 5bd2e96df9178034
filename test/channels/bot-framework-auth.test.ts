import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBotApp } from '../helpers/bot.js';
import { startLocalIssuer, type LocalIssuer } from '../helpers/openid.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/apac/';

const message = { type: 'message', channelId: 'msteams', serviceUrl: SERVICE_URL, conversation: { id: 'auth-1' }, from: { id: 'u' }, recipient: { id: 'b' }, text: 'hi', deliveryMode: 'expectReplies' };

describe('/api/messages with an app id configured', () => {
  let issuer: LocalIssuer;
  let app: ReturnType<typeof buildBotApp>['app'];
  beforeAll(async () => {
    issuer = await startLocalIssuer();
    app = buildBotApp({ appId: APP_ID, appPassword: 'secret', openIdMetadataUrl: issuer.metadataUrl }).app;
  });
  afterAll(async () => issuer.close());

  const valid = () => issuer.token({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL });

  it('accepts a token signed by the channel key for this bot', async () => {
    const res = await request(app).post('/api/messages').set('authorization', `Bearer ${valid()}`).send(message);
    expect(res.status).toBe(200);
    expect(res.body.activities.length).toBeGreaterThan(0);
  });

  it('rejects a request without a token with 401 problem+json, before reading the body', async () => {
    const res = await request(app).post('/api/messages').set('content-type', 'application/json').send('{not json');
    expect(res.status).toBe(401);
    expect(res.type).toBe('application/problem+json');
  });

  it('rejects a malformed Authorization header', async () => {
    const res = await request(app).post('/api/messages').set('authorization', 'Basic dXNlcjpwYXNz').send(message);
    expect(res.status).toBe(401);
  });

  it('rejects a token signed by an unknown key', async () => {
    const forged = issuer.token({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL }, { otherKey: true });
    const res = await request(app).post('/api/messages').set('authorization', `Bearer ${forged}`).send(message);
    expect(res.status).toBe(401);
    expect(res.type).toBe('application/problem+json');
  });

  it('rejects a token for another audience', async () => {
    const wrongAudience = issuer.token({ iss: 'https://api.botframework.com', aud: 'another-bot', serviceurl: SERVICE_URL });
    const res = await request(app).post('/api/messages').set('authorization', `Bearer ${wrongAudience}`).send(message);
    expect(res.status).toBe(401);
  });

  it('rejects an expired token and one from another issuer', async () => {
    const expired = issuer.token({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: SERVICE_URL, exp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await request(app).post('/api/messages').set('authorization', `Bearer ${expired}`).send(message)).status).toBe(401);
    const otherIssuer = issuer.token({ iss: 'https://evil.example', aud: APP_ID, serviceurl: SERVICE_URL });
    expect((await request(app).post('/api/messages').set('authorization', `Bearer ${otherIssuer}`).send(message)).status).toBe(401);
  });

  it('maps a failure to load the keys to 401, never 500', async () => {
    const broken = buildBotApp({ appId: APP_ID, appPassword: 'secret', openIdMetadataUrl: 'http://127.0.0.1:9/openid-configuration' }).app;
    const res = await request(broken).post('/api/messages').set('authorization', `Bearer ${valid()}`).send(message);
    expect(res.status).toBe(401);
    // the broken app overrode the library's endpoint: point it back for the other tests
    buildBotApp({ appId: APP_ID, appPassword: 'secret', openIdMetadataUrl: issuer.metadataUrl });
  });
});
