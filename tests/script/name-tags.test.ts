// The NLP library's answers about names come from a worker thread (src/script/name-tags.ts): they must
// be exactly what compromise says in this thread, survive the worker being stopped, and keep coming
// when no worker can answer.
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { nameTags, nameTagsReady, startNameTags, stopNameTags, type NameTags } from '../../src/script/name-tags.ts';

const { tagsOf } = createRequire(import.meta.url)('../../src/script/name-tags-worker.cjs') as { tagsOf: (text: string) => NameTags };
const NAMES = ['Antony Blinken', 'Mary', 'John', 'Microsoft', 'University of Oxford', 'France', 'Paris', 'Kim Jong Un', 'Reuters', 'Tom Hall', 'Durkan'];

afterEach(() => stopNameTags());

describe('nameTags', () => {
  it('says when the worker has loaded compromise, and answers as before after it', async () => {
    startNameTags();
    await nameTagsReady();
    for (const name of ['Maren Holt', 'Oslo']) expect(nameTags(name)).toEqual(tagsOf(name));
    await nameTagsReady(); // at once now: nothing waits on an answer already in
  });

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

  it('hands out copies of the answers it keeps', () => {
    const first = nameTags('Barack Obama');
    first.people = !first.people;
    expect(nameTags('Barack Obama')).toEqual(tagsOf('Barack Obama'));
  });
});
