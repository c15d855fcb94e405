// What the NLP library (compromise) says about a name, for src/script/name-tags.ts. Plain CommonJS on
// purpose: the same file is the worker thread that loads compromise while the main thread reads the
// article, and the in-process fallback the main thread require()s synchronously when no worker answers
// (tsx's loader hooks do not reach worker threads on Node 20, so a worker cannot be TypeScript).
//
// workerData.nameTags: { port: MessagePort, signal: Int32Array over a SharedArrayBuffer }
// message in:  { text }
// message out: { text, tags } or { text, error }; then signal[0] is incremented and notified, which wakes
//              the main thread waiting for the answer in Atomics.wait.
'use strict';
const { isMainThread, workerData } = require('node:worker_threads');

/** @type {null | ((text: string) => any)} */
let nlp = null;

/** The tags of `text` that the speaker and casting code asks about (see NameTags in name-tags.ts). */
function tagsOf(text) {
  // The package's single-file CommonJS build (the "require" condition), not its ~300 ES modules:
  // measured with `node --cpu-prof`, it loads in half the time.
  nlp ??= require('compromise');
  const doc = nlp(text);
  return {
    people: doc.people().length > 0,
    organizations: doc.organizations().length > 0,
    places: doc.places().length > 0,
    knownPlace: doc.has('(#Country|#City|#Region)'),
    firstName: doc.has('#FirstName'),
    maleName: doc.has('#MaleName'),
    femaleName: doc.has('#FemaleName'),
    // Some word is a verb (not counting auxiliaries alone): "Russia, China and Iran" has none.
    hasVerb: doc.has('#Verb'),
    hasNoun: doc.has('#Noun'),
    // One word the tagger only guesses to be a noun: no verb, adjective, date, surname or other class
    // of its own ("Jochen", but not "Frank", "August", "Davis" or "Till").
    plainNoun: (() => {
      const terms = doc.json()[0]?.terms ?? [];
      return terms.length === 1 && terms[0].tags.every((t) => t === 'Noun' || t === 'Singular');
    })(),
    // The last word is a verb, not an auxiliary or modal ("the committee cited"): a quotation after it is its object.
    endsOnVerb: (() => {
      const last = doc.terms().last();
      return last.has('#Verb') && !last.has('#Auxiliary') && !last.has('#Modal');
    })(),
  };
}

module.exports = { tagsOf };

if (!isMainThread && workerData && workerData.nameTags) {
  const { port, signal } = workerData.nameTags;
  let failed = null;
  try {
    // The first call unpacks the lexicon (~0.15 s): done now, while the main thread reads the article.
    tagsOf('Warm up');
  } catch (error) {
    failed = error;
  }
  port.on('message', ({ text }) => {
    let reply;
    try {
      if (failed) throw failed;
      reply = { text, tags: tagsOf(text) };
    } catch (error) {
      reply = { text, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
}
