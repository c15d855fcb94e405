// The NLP library's answers about names come from a worker thread (src/script/name-tags.ts): they must
// be exactly what compromise says in this thread, survive the worker being stopped, and keep coming
// when no worker can answer.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { askNameTagsAhead, likelyNameQuestions, nameTags, startNameTags, stopNameTags, type NameTags } from '../../src/script/name-tags.ts';

const { tagsOf } = createRequire(import.meta.url)('../../src/script/name-tags-worker.cjs') as { tagsOf: (text: string) => NameTags };
const NAMES = ['Antony Blinken', 'Mary', 'John', 'Microsoft', 'University of Oxford', 'France', 'Paris', 'Kim Jong Un', 'Reuters', 'Tom Hall', 'Durkan'];

afterEach(() => stopNameTags());

describe('nameTags', () => {
  it('answers from the worker what compromise answers in this thread', () => {
    startNameTags();
    const fromWorker = NAMES.map((name) => nameTags(name));
    expect(fromWorker).toEqual(NAMES.map((name) => tagsOf(name)));
    // The lexicon is really consulted: a given name, a country and a company are told apart.
    expect(nameTags('Mary')).toMatchObject({ firstName: true, femaleName: true, maleName: false });
    expect(nameTags('France')).toMatchObject({ places: true, knownPlace: true, people: false });
    expect(nameTags('Microsoft')).toMatchObject({ organizations: true, people: false });
  });

  it('starts a new worker after stopNameTags, with the same answers', () => {
    const first = nameTags('Jane Smithers');
    stopNameTags();
    expect(nameTags('Jane Smithers')).toEqual(first);
    stopNameTags();
    stopNameTags(); // twice is harmless
    expect(nameTags('Lyon')).toEqual(tagsOf('Lyon'));
  });

  it('answers texts asked ahead in one batch exactly as asked one by one, and a direct question meanwhile too', () => {
    const text = 'Secretary of State Antony Blinken said on Friday, as Mary-Jane Watson and Kim Jong Un looked on, that France and Microsoft agreed.';
    const ahead = likelyNameQuestions([text]);
    // The capitalised words (the part before a hyphen) and the pairs in a row, in order.
    expect(ahead).toEqual(expect.arrayContaining(['Secretary', 'State', 'Antony', 'Blinken', 'Antony Blinken', 'Mary', 'Kim Jong', 'Jong Un', 'France', 'Microsoft']));
    const batch = [...ahead, ...NAMES.map((n) => `${n} `)]; // texts not asked before in this process
    startNameTags();
    askNameTagsAhead(batch);
    // Asked before the batch is done: answered, and right.
    expect(nameTags('the committee cited')).toEqual(tagsOf('the committee cited'));
    expect(batch.map((t) => nameTags(t))).toEqual(batch.map((t) => tagsOf(t)));
    askNameTagsAhead(batch); // all answered already: nothing posted, same answers
    expect(batch.map((t) => nameTags(t))).toEqual(batch.map((t) => tagsOf(t)));
  });

  it('hands out copies of the answers it keeps', () => {
    const first = nameTags('Barack Obama');
    first.people = !first.people;
    expect(nameTags('Barack Obama')).toEqual(tagsOf('Barack Obama'));
  });

  it('answers texts asked ahead after the worker was stopped mid-batch', () => {
    const batch = NAMES.map((n) => `${n} said`);
    askNameTagsAhead(batch);
    stopNameTags();
    expect(batch.map((t) => nameTags(t))).toEqual(batch.map((t) => tagsOf(t)));
  });
});
