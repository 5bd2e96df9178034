/** Staff accounts over HTTP: create users, issue and revoke tokens, list who has access. Publisher only. */
import { parseOrThrow } from '../http/api/params.js';
import { HttpProblem } from '../http/problem.js';
import { createUserWithToken, issueToken, revokeToken, type AccountDeps } from './accounts.js';
import { JSON_TYPE, type AdminRoute, pathParam } from './route.js';
import { CreateUserBody, IssueTokenBody, TokenIssuedResponse, UsersResponse } from './schemas.js';

export function userRoutes(deps: AccountDeps): AdminRoute[] {
  return [
    {
      method: 'post', path: '/users', role: 'publisher', summary: 'Create a staff user; answers its token once',
      body: { types: [JSON_TYPE], schema: CreateUserBody },
      responses: { 201: { description: 'The user and its token (shown once)', schema: TokenIssuedResponse }, 409: { description: 'The name is taken' } },
      handle: ({ req, res, actor }) => {
        const body = parseOrThrow(CreateUserBody, req.body ?? {}, 'body');
        const issued = createUserWithToken(deps, body, actor.name);
        if (!issued) throw new HttpProblem(409, `A user named '${body.name}' exists already.`, [{ path: 'name', message: 'is taken' }]);
        res.status(201).json(issued);
      },
    },
    {
      method: 'get', path: '/users', role: 'publisher', summary: 'Staff users and their tokens (ids, expiry, revocation; never secrets)',
      responses: { 200: { description: 'Users by name', schema: UsersResponse } },
      handle: ({ res }) => {
        res.json({ items: deps.users.listUsers() });
      },
    },
    {
      method: 'post', path: '/users/:id/tokens', role: 'publisher', summary: 'Issue another token to a user; answers it once',
      body: { types: [JSON_TYPE], schema: IssueTokenBody },
      responses: { 201: { description: 'The new token (shown once)', schema: TokenIssuedResponse }, 404: { description: 'No such user' } },
      handle: ({ req, res, actor }) => {
        const user = deps.users.getUser(pathParam(req, 'id'));
        if (!user) throw new HttpProblem(404, 'There is no such user.');
        const body = parseOrThrow(IssueTokenBody, req.body ?? {}, 'body');
        res.status(201).json(issueToken(deps, user, body.expiresInDays, actor.name));
      },
    },
    {
      method: 'delete', path: '/tokens/:id', role: 'publisher', summary: 'Revoke a token at once',
      responses: { 204: { description: 'Revoked' }, 404: { description: 'No such token' } },
      handle: ({ req, res, actor }) => {
        if (!revokeToken(deps, pathParam(req, 'id'), actor.name)) throw new HttpProblem(404, 'There is no such token.');
        res.status(204).end();
      },
    },
  ];
}
