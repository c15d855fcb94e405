// Asks the NLP library (compromise) about names, synchronously, from a worker thread. Loading
// compromise (evaluating its bundle and unpacking its lexicon, ~0.15 s of a core, ~36 MB of heap) was
// the largest single cost of building a script; on a worker started as soon as a script is to be built
// (startNameTags), it loads on the other core while this thread loads the article code and reads the
// article, and its heap goes when the worker is stopped (stopNameTags) instead of staying in the main
// thread for the whole run. The callers stay synchronous: a question is posted to the worker and this
// thread sleeps in Atomics.wait until the answer is in (~1 ms: compromise parsing the text is most of
// it). Each text is asked once per process: the answers are kept.
// Should the worker not start or not answer, compromise is loaded here instead: same code
// (name-tags-worker.cjs), same answers.
import { createRequire } from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { germanGivenNames } from './german-given-names.ts';

/** What compromise's tagger says of a text (a name, or a given name alone). */
export interface NameTags {
  /** It finds a person in it. */
  people: boolean;
  organizations: boolean;
  places: boolean;
  /** A word is a known country, city or region. */
  knownPlace: boolean;
  /** A word is a known given name, and of which gender the lexicon has it. */
  firstName: boolean;
  maleName: boolean;
  femaleName: boolean;
  /** Some word of the text is a verb. */
  hasVerb: boolean;
  /** Some word of the text is a noun (a proper noun too). */
  hasNoun: boolean;
  /** The text's last word is a verb, not an auxiliary or a modal. */
  endsOnVerb: boolean;
  /** The text is one word the tagger knows no class for but noun (a guess: "Jochen", not "Frank"). */
  plainNoun: boolean;
}

type TagsOf = (text: string) => NameTags;

const WORKER_URL = new URL('./name-tags-worker.cjs', import.meta.url);
/**
 * Longest wait for one answer (the first includes the worker's start and compromise's load, ~0.2 s
 * on an idle core) before giving up on the worker and loading compromise here: a worker that died
 * never answers, and nothing may hang.
 */
const ANSWER_TIMEOUT_MS = 20_000;

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** signal[0] counts the worker's answers. */
  signal: Int32Array;
  /** It exited (crashed): ask no more, load compromise here. */
  gone: boolean;
}

let helper: Helper | null = null;
let inProcess: TagsOf | null = null;

/**
 * Every answer, by text: compromise's tags of a text depend on the text alone, and one script asks
 * the same words many times (a speaker's given name at each of their quotes): each asked once per
 * process, each a round trip of ~1 ms (most of it compromise parsing the text). Bounded, for a server
 * that builds many scripts.
 */
const answers = new Map<string, NameTags>();
const MAX_ANSWERS = 20_000;

function remember(text: string, tags: NameTags): void {
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(text, tags);
}

/** Starts the worker (and its loading of compromise) now, ahead of the first question. */
export function startNameTags(): void {
  if (helper || inProcess) return;
  try {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(4));
    // execArgv: [] as for the Flite workers: the parent's flags (--import tsx) would slow its start.
    const worker = new Worker(WORKER_URL, { workerData: { nameTags: { port: port2, signal } }, transferList: [port2], execArgv: [] });
    const started: Helper = { worker, port: port1, signal, gone: false };
    worker.on('error', () => {}); // it stops answering: seen at exit
    worker.on('exit', () => (started.gone = true));
    worker.unref(); // a forgotten stopNameTags() never holds the process
    port1.unref();
    helper = started;
  } catch {
    helper = null; // cannot start one: compromise is loaded here on the first question
  }
}

/**
 * Resolves once the worker has loaded compromise (its first answer), or it is gone, or after
 * `timeoutMs`: immediately when there is no worker. The first question would block this thread in
 * Atomics.wait until then; a caller that awaits this first keeps its event loop running meanwhile
 * (sockets opened ahead finish their handshakes, requests go out). The answers stay as they are.
 */
export function nameTagsReady(timeoutMs = 2000): Promise<void> {
  const h = helper;
  if (!h || h.gone || inProcess || answers.size > 0) return Promise.resolve();
  const seen = Atomics.load(h.signal, 0);
  if (seen > 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let over = false;
    const done = () => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      h.worker.off('exit', done);
      // Keep what came (the answer to the question below, or one a synchronous ask left).
      for (let m = receiveMessageOnPort(h.port); m; m = receiveMessageOnPort(h.port)) {
        const answer = (m as { message: { text: string; tags?: NameTags } }).message;
        if (answer.tags) remember(answer.text, answer.tags);
      }
      resolve();
    };
    // A timer keeps the process alive while it waits (a pending Atomics.waitAsync may not).
    const timer = setTimeout(done, timeoutMs);
    h.worker.once('exit', done);
    // The worker answers in order, after loading compromise: the first answer says it is loaded.
    h.port.postMessage({ text: WARM_UP });
    const wait = (Atomics as unknown as AtomicsWithWaitAsync).waitAsync(h.signal, 0, seen);
    if (wait.async) void wait.value.then(done);
    else done();
  });
}

/** Atomics.waitAsync (Node 16+), which the project's TypeScript lib (ES2022) does not declare. */
interface AtomicsWithWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number): { async: false; value: string } | { async: true; value: Promise<string> };
}

/** The text nameTagsReady asks about: any text would do, this one the worker has just tagged itself. */
const WARM_UP = 'Warm up';

/** Ends the worker and frees its memory; a later question starts a new one. */
export function stopNameTags(): void {
  if (!helper) return;
  const { worker, port } = helper;
  helper = null;
  port.close();
  void worker.terminate();
}

/** compromise's tags of `text`. */
export function nameTags(text: string): NameTags {
  let tags = answers.get(text);
  if (!tags && !inProcess) {
    startNameTags();
    if (helper && !helper.gone) tags = ask(helper, text) ?? undefined;
    if (!tags) {
      stopNameTags();
      inProcess = (createRequire(import.meta.url)('./name-tags-worker.cjs') as { tagsOf: TagsOf }).tagsOf;
    }
  }
  if (!tags) tags = inProcess!(text);
  remember(text, tags);
  // A copy: a caller that changed the answer kept would change every later answer.
  return { ...tags };
}

/** The worker's answer, or null when it has none (it failed, died, or took too long). */
function ask(h: Helper, text: string): NameTags | null {
  let seen = Atomics.load(h.signal, 0);
  h.port.postMessage({ text });
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  for (;;) {
    // The worker posts its answer before it bumps the counter, so a bumped counter means it is here.
    const received = receiveMessageOnPort(h.port) as { message: { text: string; tags?: NameTags; error?: string } } | undefined;
    if (received) {
      const answer = received.message;
      if (answer.tags) remember(answer.text, answer.tags);
      if (answer.text === text) return answer.tags ?? null;
      continue;
    }
    const now = Atomics.load(h.signal, 0);
    if (now !== seen) {
      seen = now;
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) return null;
    Atomics.wait(h.signal, 0, seen, left);
  }
}

/** The given-name lexicons, asked once per word: the same word always gets the same answer. */
const givenNames = new Map<string, boolean>();

/**
 * Whether a capitalised word is a given name the lexicon knows ("Anne", "Jean" of "Jean-Pierre"),
 * and not also a place or an organisation ("Georgia", "Paris").
 * compromise's lexicon is English: a German given name it lacks ("Jochen", "Steffen", "Heike") is
 * taken from the German list, but only when the tagger knows the word as nothing else: a word it
 * reads as a verb, adjective, month or surname ("Frank", "August", "Davis") stays what it was.
 */
export function isGivenName(word: string): boolean {
  const first = word.split('-')[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return false;
  let known = givenNames.get(first);
  if (known === undefined) {
    if (givenNames.size > 5000) givenNames.clear();
    const tags = nameTags(first);
    known = (tags.firstName || (tags.plainNoun && germanGivenNames().has(first.toLowerCase()))) && !tags.places && !tags.organizations;
    givenNames.set(first, known);
  }
  return known;
}
