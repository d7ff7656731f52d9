/**
 * Creates the first system administrator on DATABASE_URL (issue #11 §1).
 *   npm run admin:create -- <username> "<full name>"
 * The password is read from ADMIN_PASSWORD (automation) or typed twice at a hidden prompt.
 */
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createPrismaClient } from "../lib/prisma-client";
import { AppError } from "../lib/errors";
import { vi } from "../lib/i18n/vi";
import { createFirstAdmin } from "../lib/server/users/create-first-admin";
import { withRequestContext } from "../lib/request-context";

const text = vi.golive.admin;

/** Reads one line from the terminal without echoing it. */
function askHidden(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({ write: (chunk, _enc, done) => (muted ? null : process.stdout.write(chunk), done()) });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  return new Promise((resolve) => {
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    });
    muted = true;
  });
}

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const first = await askHidden(text.prompt);
  const second = await askHidden(text.confirm);
  if (first !== second) throw new AppError("VALIDATION", text.mismatch);
  return first;
}

const [username, fullName] = process.argv.slice(2);
const url = process.env.DATABASE_URL;
if (!username || !fullName) {
  console.error(text.usage);
  process.exit(2);
}
if (!url) {
  console.error(text.noDatabase);
  process.exit(2);
}
const db = createPrismaClient(url, 2);
try {
  const password = await readPassword();
  // Its audit entries carry the script as their source and one request id.
  const result = await withRequestContext("SCRIPT", () => createFirstAdmin(db, { username, fullName, password }));
  if (result.createdRoot) console.log(text.rootCreated);
  console.log(result.message);
} catch (error) {
  console.error(error instanceof AppError ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
