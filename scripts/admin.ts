/** `npm run admin -- <command>`: staff accounts from the command line; create-user prints the new token alone on the last line. */
import { parseArgs } from 'node:util';
import { createUserWithToken, issueToken, revokeToken } from '../src/admin/accounts.js';
import { isRole, ROLES } from '../src/admin/roles.js';
import { loadConfig } from '../src/config.js';
import { AuditLog } from '../src/store/admin-audit.js';
import { AdminUserTable } from '../src/store/admin-users.js';
import { openDatabase } from '../src/store/database.js';

const USAGE = `Usage:
  npm run admin -- create-user --name <name> --role <${ROLES.join('|')}> [--expires-in-days N]
  npm run admin -- issue-token --name <name> [--expires-in-days N]
  npm run admin -- revoke-token --id <token id>
  npm run admin -- list-users`;

const ACTOR = 'cli';

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

function days(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > 365) fail('--expires-in-days must be a whole number from 1 to 365.');
  return value;
}

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, role: { type: 'string' }, 'expires-in-days': { type: 'string' }, id: { type: 'string' } },
});
const command = positionals[0];
if (!command) fail('Which command?');

const db = openDatabase(loadConfig().dataDir);
const deps = { users: new AdminUserTable(db), audit: new AuditLog(db), now: () => new Date() };
try {
  switch (command) {
    case 'create-user': {
      const name = values.name?.trim();
      if (!name) fail('--name is required.');
      if (!isRole(values.role)) fail(`--role must be one of ${ROLES.join(', ')}.`);
      const issued = createUserWithToken(deps, { name, role: values.role, expiresInDays: days(values['expires-in-days']) }, ACTOR);
      if (!issued) fail(`A user named '${name}' exists already; use issue-token for a new token.`);
      console.log(`Created ${issued.user.role} '${issued.user.name}'. Token id ${issued.tokenId}, expires ${issued.expiresAt}.`);
      console.log('The token is shown once; keep it secret:');
      console.log(issued.token);
      break;
    }
    case 'issue-token': {
      const user = values.name ? deps.users.findUserByName(values.name.trim()) : undefined;
      if (!user) fail('--name must name an existing user.');
      const issued = issueToken(deps, user, days(values['expires-in-days']), ACTOR);
      console.log(`Token id ${issued.tokenId} for '${user.name}', expires ${issued.expiresAt}. Shown once:`);
      console.log(issued.token);
      break;
    }
    case 'revoke-token': {
      if (!values.id) fail('--id is required.');
      if (!revokeToken(deps, values.id, ACTOR)) fail(`There is no token '${values.id}'.`);
      console.log(`Revoked token ${values.id}.`);
      break;
    }
    case 'list-users': {
      for (const user of deps.users.listUsers()) {
        const tokens = user.tokens.map((t) => `${t.id} (expires ${t.expiresAt}${t.revokedAt ? `, revoked ${t.revokedAt}` : ''})`);
        console.log(`${user.name}\t${user.role}\t${tokens.join(', ') || 'no tokens'}`);
      }
      break;
    }
    default:
      fail(`Unknown command '${command}'.`);
  }
} finally {
  db.close();
}
