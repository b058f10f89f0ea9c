/**
 * npm run admin:create -- --email ana@example.org [--name "Ana"] [--locale es|en] [--link | --password-stdin]
 *
 * Creates the first (or another) administrator. There are no default
 * credentials. On a terminal it asks for a password (hidden); otherwise, or
 * with --link, it prints a one-time link to set one. It works with the server
 * stopped (opens the database itself) or running: with DATABASE_URL it simply
 * connects; with the embedded database locked by the server, it asks the
 * server through its control socket (see control-socket.ts).
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import { openDb, type Db } from '../db/client.ts';
import { DataDirLockedError } from '../db/dir-lock.ts';
import { migrate } from '../db/migrate.ts';
import { createAdmin, type CreateAdminInput, type CreateAdminResult } from './commands/create-admin.ts';
import { sendControlRequest, type ControlRequest } from './control-socket.ts';
import { INVITATION_DAYS } from './commands/context.ts';

const USAGE = `Usage: npm run admin:create -- --email <address> [--name <name>] [--locale es|en] [--link | --password-stdin]

  --email           the administrator's e-mail address (required)
  --name            display name (default: the part of the address before @)
  --locale          language of the account: es (default) or en
  --link            print a one-time link to set the password, even on a terminal
  --password-stdin  read the password from standard input (for scripts)
`;

/** What the running server does with a control request (the same command as the CLI runs itself). */
export function controlHandler(db: Db, publicUrl: string) {
  return async (req: ControlRequest): Promise<CreateAdminResult> => {
    if (req.op !== 'admin.create') throw new Error(`unknown operation ${req.op}`);
    const s = (k: string) => (typeof req[k] === 'string' ? (req[k] as string) : undefined);
    return createAdmin(db, { email: s('email') ?? '', name: s('name'), locale: s('locale') as 'es' | 'en' | undefined, password: s('password') }, publicUrl);
  };
}

async function run(input: CreateAdminInput, config: Config): Promise<CreateAdminResult> {
  const open = () => openDb({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  let db: Db;
  try {
    db = await open();
  } catch (e) {
    if (!(e instanceof DataDirLockedError)) throw e;
    process.stderr.write('The server is running on this data directory: asking it to create the administrator.\n');
    try {
      return (await sendControlRequest(config.DATA_DIR, { op: 'admin.create', ...input })) as CreateAdminResult;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ECONNREFUSED') throw new Error(`${e.message}\nIt does not answer on its control socket; stop it and run this command again.`);
      throw err;
    }
  }
  try {
    await migrate(db); // a fresh install: the server would do the same at start
    return await createAdmin(db, input, config.PUBLIC_URL);
  } finally {
    await db.close();
  }
}

async function readStdin(): Promise<string> {
  let s = '';
  for await (const chunk of process.stdin) s += chunk;
  return s.replace(/\r?\n$/, '');
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const stdin = process.stdin;
    // Echo off before the prompt appears: whoever answers it must never be echoed.
    stdin.setRawMode(true);
    process.stdout.write(question);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const onData = (ch: string) => {
      for (const c of ch) {
        if (c === '\r' || c === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          return resolvePromise(value);
        }
        if (c === '\u0003') {
          stdin.setRawMode(false);
          return reject(new Error('cancelled'));
        }
        if (c === '\u007f' || c === '\b') value = value.slice(0, -1);
        else value += c;
      }
    };
    stdin.on('data', onData);
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, locale: { type: 'string' }, link: { type: 'boolean' }, 'password-stdin': { type: 'boolean' }, help: { type: 'boolean' } },
    strict: true,
  });
  if (values.help || !values.email) {
    process.stderr.write(USAGE);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  let password: string | undefined;
  if (values['password-stdin']) password = await readStdin();
  else if (process.stdin.isTTY && !values.link) {
    password = await promptHidden('Password (at least 12 characters): ');
    if ((await promptHidden('Repeat the password: ')) !== password) throw new Error('the passwords do not match');
  }
  const r = await run({ email: values.email, name: values.name, locale: values.locale as 'es' | 'en' | undefined, password }, config);
  if (r.kind === 'created') {
    process.stdout.write(`Administrator ${r.email} created. Sign in at ${config.PUBLIC_URL}/staff/login; you will turn on two-step verification first.\n`);
  } else {
    process.stdout.write(
      `Administrator invitation for ${r.email}. Open this link within ${INVITATION_DAYS} days to choose a password (it works once):\n\n  ${r.link}\n\n` +
        'After that you will turn on two-step verification.\n',
    );
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`admin:create: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
