/**
 * Turns on worker threads. A turn (understanding, ranking the catalogue, writing the replies, committing the state) is
 * CPU work; on the main thread it competes with HTTP for one core while the machine's other cores idle. Here each
 * worker thread holds its own turn engine (catalogue, NLU, translator, a connection to the same database) and the main
 * thread only parses requests and writes responses. A conversation always goes to the same thread, and a thread takes
 * its messages in order, so a conversation's turns stay in order and a catalogue change reaches the next turn.
 */
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { TurnOutput, UserInput } from './core/dialogue.js';
import type { Scheme } from './core/scheme.js';
import type { ReplyAddress } from './channels/replies.js';

/** Main thread → turn thread. */
export type ToTurnThread =
  | { kind: 'turn'; id: number; key: string; input: UserInput; replyTo?: ReplyAddress }
  | { kind: 'catalogue'; schemes: readonly Scheme[] };
/** Turn thread → main thread. */
export type FromTurnThread =
  | { kind: 'ready' }
  | { kind: 'output'; id: number; output: TurnOutput }
  | { kind: 'replies'; id: number; body: string }
  | { kind: 'failed'; id: number; message: string }
  | { kind: 'fatal'; message: string };

/**
 * A turn allocates briefly and keeps little: a small young generation keeps a thread's memory low (V8 would
 * otherwise grow it to tens of MB under load) for a few more, cheaper scavenges.
 */
const THREAD_LIMITS = { maxYoungGenerationSizeMb: 8 };

export class TurnThreadError extends Error {
  override name = 'TurnThreadError';
}

interface Pending {
  resolve: (result: TurnOutput | string) => void;
  reject: (error: Error) => void;
}

/**
 * The worker's script: the built `turn-worker.js`, or, when running from the TypeScript source (tsx in development
 * and tests, whose loader hooks do not reach worker threads on Node 20), a bootstrap that registers tsx first.
 */
function workerScript(): { script: string | URL; evaluate: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { script: new URL('./turn-worker.js', import.meta.url), evaluate: false };
  const source = new URL('./turn-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return { script: bootstrap, evaluate: true };
}

/** A stable thread for a conversation key (FNV-1a). */
function threadOf(key: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index += 1) hash = Math.imul(hash ^ key.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % count;
}

class TurnThread {
  private worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private closing = false;
  private markReady!: () => void;
  private rejectReady!: (error: Error) => void;
  readonly ready: Promise<void>;

  constructor(
    private readonly config: Config,
    private readonly logger: Logger,
    /** A thread that cannot start (first or replacement) leaves the server unable to answer turns. */
    private readonly onFatal: (error: Error) => void,
  ) {
    this.ready = new Promise((resolve, reject) => {
      this.markReady = resolve;
      this.rejectReady = reject;
    });
    this.worker = this.spawn();
  }

  private spawn(): Worker {
    const { script, evaluate } = workerScript();
    const worker = new Worker(script, { eval: evaluate, workerData: { config: this.config }, resourceLimits: THREAD_LIMITS });
    let started = false;
    let startError = 'the turn thread stopped while starting';
    worker.on('message', (message: FromTurnThread) => {
      if (message.kind === 'ready') {
        started = true;
        return this.markReady();
      }
      if (message.kind === 'fatal') {
        startError = message.message;
        return;
      }
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.kind === 'failed') pending.reject(new TurnThreadError(message.message));
      else pending.resolve(message.kind === 'output' ? message.output : message.body);
    });
    worker.on('error', (error) => {
      startError = error.message;
      this.logger.error({ err: error.message }, 'turn thread failed');
    });
    worker.on('exit', (code) => {
      const lost = new TurnThreadError(`the turn thread stopped (exit code ${code})`);
      for (const pending of this.pending.values()) pending.reject(lost);
      this.pending.clear();
      if (this.closing) return;
      if (!started) {
        const error = new TurnThreadError(startError);
        this.rejectReady(error);
        return this.onFatal(error);
      }
      // A thread that dies (out of memory, a bug in a library) is replaced; its in-flight turns were not committed.
      this.logger.error({ code }, 'turn thread exited; starting a new one');
      this.worker = this.spawn();
    });
    return worker;
  }

  run(message: Extract<ToTurnThread, { kind: 'turn' }>): Promise<TurnOutput | string> {
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.worker.postMessage(message);
    });
  }

  post(message: ToTurnThread): void {
    this.worker.postMessage(message);
  }

  /** Stops the thread once the turns already sent to it have answered. */
  async close(): Promise<void> {
    this.closing = true;
    while (this.pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await this.worker.terminate();
  }

  /** For tests: what a crashed thread looks like. */
  kill(): Promise<number> {
    return this.worker.terminate();
  }
}

/** The turn runner of `npm start`: `threads` worker threads, each with its own turn engine over the same database. */
export class TurnThreads {
  private readonly threads: TurnThread[];
  private nextId = 0;
  /** Resolves when every thread has loaded its catalogue and NLU; rejects when one cannot start. */
  readonly ready: Promise<void>;

  constructor(config: Config, threads: number, logger: Logger, onFatal: (error: Error) => void) {
    this.threads = Array.from({ length: threads }, () => new TurnThread(config, logger, onFatal));
    this.ready = Promise.all(this.threads.map((thread) => thread.ready)).then(() => undefined);
    // A failed start also reaches onFatal; this keeps the rejection from counting as unhandled before anyone awaits.
    this.ready.catch(() => undefined);
  }

  run(key: string, input: UserInput): Promise<TurnOutput> {
    return this.send(key, input) as Promise<TurnOutput>;
  }

  /** The turn's expectReplies body, rendered on the thread. */
  runToReplies(key: string, input: UserInput, replyTo: ReplyAddress): Promise<string> {
    return this.send(key, input, replyTo) as Promise<string>;
  }

  private send(key: string, input: UserInput, replyTo?: ReplyAddress): Promise<TurnOutput | string> {
    this.nextId += 1;
    const thread = this.threads[threadOf(key, this.threads.length)]!;
    return thread.run({ kind: 'turn', id: this.nextId, key, input, ...(replyTo ? { replyTo } : {}) });
  }

  /** Staff changed the catalogue: every thread takes the new one before its next turn. */
  catalogueChanged(schemes: readonly Scheme[]): void {
    for (const thread of this.threads) thread.post({ kind: 'catalogue', schemes });
  }

  close(): Promise<void> {
    return Promise.all(this.threads.map((thread) => thread.close())).then(() => undefined);
  }

  /** For tests: stops thread `index` as a crash would. */
  killThread(index: number): Promise<number> {
    return this.threads[index]!.kill();
  }
}
