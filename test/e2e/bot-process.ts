import { type ChildProcess, spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';

/**
 * Runs the real bot the way `npm start` does, as a child process, for end-to-end tests.
 *
 * Why not spawn `npm start` itself: npm 11 exits at once on SIGTERM without waiting for its
 * child, which would orphan the bot and hide its exit code. So we read the start script from
 * package.json and run that command directly, with node_modules/.bin on PATH as npm would.
 */

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

export interface BotProcess {
  child: ChildProcess;
  /** stdout and stderr interleaved as they arrived. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  hasExited(): boolean;
  /** SIGKILLs the whole process group (cleanup after a failed test). */
  kill(): Promise<void>;
  /** Sends SIGTERM and waits at most `timeoutMs`; SIGKILLs and throws if the bot did not stop. */
  stop(timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>;
}

export async function startCommand(): Promise<string[]> {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const script = pkg.scripts?.start;
  if (!script) throw new Error('package.json has no "start" script');
  if (/[;&|<>$`'"]/.test(script)) {
    throw new Error(`the e2e harness runs "npm start" as a plain command and cannot run the shell script: ${script}`);
  }
  const words = script.trim().split(/\s+/);
  // "exec tsx src/main.ts" makes the shell replace itself; running the command directly does the same.
  return words[0] === 'exec' ? words.slice(1) : words;
}

/** A temp DATA_DIR holding a copy of data/sources, so the bot builds its fact store there. */
export async function makeDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'briefbot-e2e-'));
  await cp(join(REPO_ROOT, 'data', 'sources'), join(dir, 'sources'), { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function spawnBot(env: Record<string, string>): Promise<BotProcess> {
  const [command = 'tsx', ...args] = await startCommand();
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // The bot must see only our settings, not the test runner's (VITEST, NODE_ENV=test) or a real token.
    if (value === undefined || key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'BOT_TOKEN') continue;
    childEnv[key] = value;
  }
  childEnv.PATH = [join(REPO_ROOT, 'node_modules', '.bin'), process.env.PATH ?? ''].join(delimiter);
  Object.assign(childEnv, env);

  // Its own process group: a start script may run the bot in a grandchild (the tsx CLI does), and a SIGKILL must reach both.
  const child = spawn(command, args, { cwd: REPO_ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const killGroup = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) => {
    child.once('exit', (code, signal) => resolveExit({ code, signal }));
  });
  let done = false;
  void exited.then(() => {
    done = true;
  });

  return {
    child,
    output: () => output,
    exited,
    hasExited: () => done,
    async kill() {
      killGroup();
      await exited;
    },
    async stop(timeoutMs = 5_000) {
      const started = Date.now();
      if (done) return { ...(await exited), ms: 0 };
      child.kill('SIGTERM');
      const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), timeoutMs));
      const result = await Promise.race([exited, timer]);
      if (result === 'timeout') {
        killGroup();
        await exited;
        throw new Error(`the bot did not exit within ${timeoutMs} ms of SIGTERM; output:\n${tail(output)}`);
      }
      return { ...result, ms: Date.now() - started };
    },
  };
}

/** The end of a process's output, for failure messages. */
export function tail(text: string, chars = 3_000): string {
  return text.length > chars ? `...${text.slice(-chars)}` : text;
}
