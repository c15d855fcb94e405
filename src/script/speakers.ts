// Who is speaking. News copy attributes quotes in a handful of shapes: “…,” Blinken said /
// “…,” said Mayor Ana Ruiz / Mr Durkan said: “…” / … he said / the Ukrainian leader said. This
// module reads the attribution next to a quote, and resolves names to one canonical form per
// person (the fullest form the article uses: "Blinken" → "Antony Blinken"). Pronouns and
// definite descriptions ("the Ukrainian leader") resolve to the person mentioned most recently,
// which is how news copy uses them; with no such person the speaker stays unknown (null).
// What the subject found next to a quote refers to (a name, an anaphor, someone unnamed) is read
// by subject-refs.ts; here, where that subject is.

import { ACCORDING, dropAffiliation, DEFINITE, FRENCH_ADVERB, PARTICIPLES, PRONOUN_RE, ROLE_NOUNS, VERBS, WB, WE } from './attribution-words.ts';
import { isGivenName, nameTags } from './name-tags.ts';
import { isTitle, nameIn } from './name-runs.ts';
import { anyInvertedCompound } from './french-inverted.ts';
import { documentAuthor, isTopicLead, labelName } from './lead-ins.ts';
import { particleSurname } from './particle-names.ts';
import {
  ADVERBIAL_OPENING, DESCRIPTION_THEN_PLACE, FRENCH_ADVERBIAL, FRENCH_CLEFT, GERMAN_PERFECT, HONORIFIC_STOP, leadingName, nameAfterDescription, PARTICLE, publicationWriting, RELATIVE, VIEW_OF, ZUFOLGE,
} from './attribution-shapes.ts';
import { OFFICE_ABBREVIATIONS, sentenceStart } from './sentences.ts';
import { ordinalOf } from './ordinal-refs.ts';
import { dashCredit } from './credit-refs.ts';
import { antecedentRef, lastChunk, lastSentence, pronounRef as pronoun, refOf, type SpeakerRef, subjectAtStart, subjectRef } from './subject-refs.ts';

export { nameIn, RELATIVE };

const OFFICE_STOP = new RegExp(`(?<=(?:^|[\\s-])(?:${OFFICE_ABBREVIATIONS.map((a) => a[0]!.toUpperCase() + a.slice(1)).join('|')}))\\.(?=\\s+\\p{Lu})`, 'gu');
export const VERB_RE = new RegExp(`${WB}(?:${VERBS})${WE}`, 'gu');
export { FRENCH_CLEFT };
const VERB_ONE = new RegExp(VERB_RE.source, 'u');
const PARTICIPLE_RE = new RegExp(`${WB}(?:${PARTICIPLES})${WE}`, 'gu');
const ACCORDING_LEAD = new RegExp(`^(?:${ACCORDING})\\s+(.+)`, 'iu'); // these 4: built once, not per quote (--plan profile)
const QUOTED_OBJECT = /(?<![\p{L}])(?:quoted|quotes|cited|zitierte|zitiert|zitieren|zitierten)\s+(him|her|ihn|sie)(?:\s+(?:as\s+saying|mit\s+den\s+Worten|wörtlich))?\s*:?$/iu;
const ACCORDING_TAIL = new RegExp(`(?:${ACCORDING})\\s+([^,;:]+)[,;:]?\\s*$`, 'iu');
const ACCORDING_APPOSITION = new RegExp(`(?:${ACCORDING})\\s+([^,;:]+),\\s*([^,;:]+)[,;:]?\\s*$`, 'iu');
// After a quotation French also inverts the subject behind:
//  - an object pronoun before a simple tense ("», lui répond le ministre", "», leur lance Anne Roy"):
//    the pronoun is who is spoken to, the subject follows the verb;
//  - the narrative infinitive ("», de lancer M. Fisher", "», d'ajouter la mairesse", "», et de
//    conclure X"), the written narrative's "and then X said", common in agency and regional copy.
const NARRATIVE_INFINITIVE =
  "(?:et\\s+)?d(?:e\\s+|['’]\\s*)(?:lancer|ajouter|préciser|conclure|souligner|poursuivre|expliquer|déclarer|affirmer|renchérir|rappeler|insister|répondre|rétorquer|répliquer|commenter|marteler|résumer|noter|indiquer|estimer|observer|enchaîner|nuancer|avertir|trancher|s['’]exclamer|s['’]interroger|ironiser|déplorer|regretter|dénoncer)";
// The third person plural of the present ("», ajoutent les mêmes sources", "», concluent les
// enquêteurs"): a group speaks, so no one person is named.
const FRENCH_PLURAL_PRESENT =
  'ajoutent|affirment|expliquent|indiquent|précisent|soulignent|estiment|déclarent|assurent|rappellent|concluent|notent|observent|poursuivent|répondent|insistent|dénoncent|déplorent|regrettent|préviennent|reconnaissent|racontent|témoignent|confient|jugent|constatent|relèvent|commentent|détaillent|martèlent|renchérissent';
const VERB_LEAD = new RegExp(`^(?:${NARRATIVE_INFINITIVE}|${FRENCH_PLURAL_PRESENT}|(?:(?:lui|leur|me|te|nous|vous)\\s+)?(?:${VERBS}))${WE}\\s*(.+)`, 'iu');
/** "comme le dit X", "comme l'a souligné X" ending the text before a quote (X captured). */
export const COMME_SAYS = new RegExp(`${WB}comme\\s+(?:le|l['’])\\s*(?:${VERBS})${WE}\\s+([^,;:«»“”"]{2,60}?)\\s*,?$`, 'iu');
/** A statement's caption after a quote, "(Déclaration de …)", "déclaration du ministre": the person captured with the preposition. */
const STATEMENT_CAPTION = /^\(?\s*(?:[Dd]éclaration|[Pp]ropos|[Aa]llocution|[Ii]ntervention|[Mm]essage)\s+((?:du|de|d['’])\s*[^()]{2,120}?)\s*\)?\s*[.;]?\s*$/u;
const AUXILIARY_ASIDE = new RegExp(`^(a|avait|aurait|ont|avaient)\\s*,\\s*(${FRENCH_ADVERB})\\s*,\\s*`, 'iu');
const INVERTED_PRONOUN = /^(?:(?:s|m|t|l|n|se|me|te|nous|vous|lui|leur|le|la|les|en|y)(?:['’]\s*|\s+))*\p{L}+(?:-t)?-(il|elle|ils|elles)(?![\p{L}])/iu;
/** A clause opened by a demonstrative or an adverb, its verb, then "der/die" and a capitalised noun: the subject (a pronoun opening it would be the subject instead). */
const ROLE_AFTER_VERB =
  /^(?:Das|Dies|Dem|So|Ähnlich|Genauso|Anders|Dazu|Darauf|Daran|Davon|Darüber|Dabei|Danach|Anschließend|Später)\s+\p{Ll}+\s+(?:(?:auch|ebenfalls|ähnlich|genauso|offenbar|wohl|dann|später|anschließend|sich)\s+)*(der|die)\s+(\p{Lu}[\p{L}-]+)(?:\s+\p{Ll}[\p{L}]*){0,3}$/u;
const SUBJECT_VERB = new RegExp(`^(.{1,120}?)\\s+(?:\\w+ly\\s+)?(?:${VERBS})${WE}`, 'iu');

/**
 * Attribution after a closing quote mark: `, he said`, `, Blinken said, noting…`,
 * `, said Mayor Ana Ruiz.`, `, according to Jane Doe.` `after` is the text up to the sentence end.
 */
export function attributionAfter(after: string): SpeakerRef | null {
  // "», c'est ce qu'a rappelé Anne Roy", "», comme l'a souligné le ministre": a cleft or a "comme"
  // clause puts the reporting verb and its subject after the quote as an incise does.
  // "…: „Betriebe bedroht“ / Finanzminister X stellt … in Aussicht / Bayern fordert …": a slash after
  // the closing mark opens the next item of a release's run-on headline, no attribution of the quote.
  if (/^\s*\/\s/.test(after)) return null;
  const credit = dashCredit(after); // "«J'ai manqué mon tir» -Paul Roy" (credit-refs.ts)
  if (credit) return credit;
  // ("», a, pour sa part, déclaré X": an adverb set off by commas between the auxiliary and the participle;
  // "sagte Landeshauptmann-Stv. Karl Roth": an office cut short before the name ends no clause.)
  const t = after.replace(/^[\s,;:—–-]+/, '').replace(FRENCH_CLEFT, '').replace(AUXILIARY_ASIDE, '$1 $2 ').replace(OFFICE_STOP, '');
  if (t === '') return null;
  // "» (Déclaration de la présidente Anne Roy)", "», déclaration de Jean Dupont.": a statement's
  // caption names whose words they are, with no verb; the rest is read as any subject.
  const caption = STATEMENT_CAPTION.exec(t);
  if (caption) {
    const ref = refOf(caption[1]!.replace(/^du\s+/iu, 'le ').replace(/^de\s+(?=(?:la|l['’])\s*)/iu, '').replace(/^d['’]\s*|^de\s+/iu, ''));
    if (ref) return ref;
  }
  const according = ACCORDING_LEAD.exec(t);
  if (according) {
    // "…», selon le gouverneur de la banque, Anne Roy.": a description, then the name in apposition.
    const [first = '', second = ''] = according[1]!.replace(HONORIFIC_STOP, '$1').split(/[,;:!?]|[.](?=\s|$)/).map((c) => c.trim());
    const ref = refOf(first);
    if (ref?.kind !== 'name' && second && second.split(/\s+/).length <= 5) {
      const named = refOf(second);
      if (named?.kind === 'name') return named;
    }
    return ref;
  }
  // German "…“, so Juncker." and French "…», a-t-il déclaré."
  // (Up to six words: a role and academic titles before the name, "so Wissenschaftsminister Prof. Dr. Konrad Wolf, der …".)
  // "…“, so der frustrierte Härtel." (adjectives between the article and the name) and "…“, so
  // Wallner im VOL.AT-Gespräch." (an adverbial after the name, as after any inverted verb).
  const so = /^so\s+((?:(?:der|die)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2})?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,5})(?:\s*[.,;]|\s*$|\s+(?=(?:im|in|am|an|auf|bei|beim|gegenüber|vor|nach|während|zum|zur|über|am|laut|weiter|abschließend|zufrieden|dazu|betreffend|bezüglich|hinsichtlich|angesichts|mit|zu|für)(?:\s|[.,;]|$)))/u.exec(t);
  if (so) return refOf(so[1]!);
  // "…“, so ein Polizeisprecher.", "so eine Sprecherin des Ministeriums": someone unnamed speaks, as
  // after "sagte ein Sprecher"; never the person the sentence before happens to name.
  if (/^so\s+(?:ein|eine|einer)\s+\p{Lu}/u.test(t)) return { kind: 'unnamed' };
  // "…“, so von der Leyen.": a particle surname, the whole clause.
  const soParticle = /^so\s+([^,;.]{4,40})\s*(?:[.,;]|$)/u.exec(t);
  const particled = soParticle ? particleSurname(soParticle[1]!) : null;
  if (particled) return { kind: 'name', name: particled };
  // "…“, so EU-Kommissionspräsidentin von der Leyen.": a title, then the particle surname.
  const titledParticle = soParticle ? nameIn(soParticle[1]!.trim(), false) : null;
  if (titledParticle && particleSurname(titledParticle) && soParticle![1]!.trim().endsWith(titledParticle)) return { kind: 'name', name: titledParticle };
  // German separable verbs put their particle at the end: "teilte das Ministerium mit", "fügte Kugler hinzu".
  // "hob Roth hervor", "wies Roth darauf hin", "führte Roth aus", "machte Roth deutlich", "stellte Roth fest";
  // "geben" closed by a noun or infinitive: "gab Roth zu Protokoll", "zu verstehen", "gab Roth als Ausblick";
  // "brachte es Roth bei der Feier auf den Punkt" (the idiom's object "es" before the subject).
  const separable =
    /^(?:teilte|teilten|teilt|fügte|fügten|fügt|räumte|räumt|gab|gaben|gibt|geben|kündigte|kündigt|stellte|stellt|hob|hebt|wies|weist|führte|führt|machte|macht|hielt|hält|fasste|fasst|ist|war|brachte|bringt)\s+(?:sich\s+|es\s+)?(.{1,140}?)\s+(?:darauf\s+)?(?:mit|auf\s+den\s+Punkt|hinzu|ein|zu\s+(?:bedenken|Protokoll|verstehen)|als\s+(?:Ausblick|Fazit|Devise|Losung|Parole|Ziel)(?:\s+aus)?|zu|an|klar|hervor|hin|aus|deutlich|fest|entgegen|fort|zusammen|sicher|überzeugt)\s*(?:[.,;]|$)/u.exec(t);
  // ("teilte die Sprecherin Lena Brodtke am Sonntag mit": a description and its name, then an adverbial
  // of time or place before the particle; the subject ends with the name.)
  const separated = separable && /^\p{Ll}/u.test(separable[1]!) ? (DESCRIPTION_THEN_PLACE.exec(separable[1]!)?.[1] ?? separable[1]!) : separable?.[1];
  if (separable) return refOf(leadingName(separated!));
  // "», peut-on lire dans le communiqué": words read in a document, no one's voice.
  if (/^(?:peut-on|pouvait-on|pourra-t-on|lit-on|on peut|on pouvait)\s+(?:y\s+)?lire(?![\p{L}])|^lit-on(?![\p{L}])/iu.test(t)) return { kind: 'unnamed' };
  // German "…“, heißt es in der gemeinsamen Erklärung der Länder." / "…“, hieß es aus dem Ministerium.":
  // the impersonal "es" of a document or an office, no one's voice (nor the person named before it).
  // (Unless the document is a named person's: "…“, heißt es in einer Erklärung von Ministerin Petra Lang.")
  const inDocument = /^(?:heißt|hieß|hiess|heisst)\s+es\s+(?:in\s+(?:einer|der|dem|einem)\s+|im\s+)(.+?)\s*[.,;]?$/iu.exec(t);
  const author = inDocument ? documentAuthor(`die ${inDocument[1]!}`) : null;
  const authorRef = author ? refOf(author) : null;
  if (authorRef?.kind === 'name' && authorRef.name.includes(' ') && !authorRef.weak) return authorRef;
  if (/^(?:heißt|hieß|hiess|heisst)\s+es(?![\p{L}])/iu.test(t)) return { kind: 'unnamed' };
  // ("», s'agace-t-il", "», se désole-t-elle", "», nous confie-t-il": a reflexive or object pronoun
  // before the verb; "», s'interrogent-ils": a group, no one person.)
  const inverse = INVERTED_PRONOUN.exec(t);
  if (inverse) return /s$/i.test(inverse[1]!) ? { kind: 'unnamed' } : pronoun(inverse[1]!);
  const anyVerb = anyInvertedCompound(t);
  const inverted = VERB_LEAD.exec(t) ?? (anyVerb === null ? null : ['', anyVerb]);
  if (inverted) {
    // "said Dr. Alan Cho": an honorific's stop ends no clause.
    // A middle initial's stop ends no clause either ("said Lisa F. Garcia").
    // "…“, erinnert sich Lena K. aus dem Blumenladen.": a reflexive verb's "sich" stands between the
    // verb and its subject, no part of the subject.
    const chunks = inverted[1]!.replace(/^sich\s+(?=\p{Lu})/u, '').replace(HONORIFIC_STOP, '$1').split(/(?<!(?:^|\s|\.)\p{Lu})[.](?=\s)|[,;:!?]\s|[,.;:!?]$/u).map((c) => c.trim()).filter(Boolean);
    // "», conteste le premier.": one of two people just named, by rank (the whole subject only: "le premier ministre" is an office).
    const rank = ordinalOf(chunks[0] ?? '');
    if (rank) return { kind: 'anaphor', gender: /^la\s/iu.test(chunks[0]!) ? 'female' : 'male', rank };
    // "le président Obama à Hilliard", "der Minister Roth in Berlin": a description ends with its
    // name; the lowercase word after it opens an adverbial.
    // ("a admis le sélectionneur qui a perdu son premier match": a relative clause after the
    // description says more of the person; the subject ends before it.)
    const subject = dropAffiliation((chunks[0] ?? '').replace(/^((?:le|la|l['’])\s*\S.*?)\s+(?:qui|dont)\s.*$/iu, '$1'));
    // (So does a description without its article: "said lead author Ilse Varga in a statement".)
    // (Not a name's particle: "von der Reise in …" is no description.)
    const head = DEFINITE.test(subject) || (/^\p{Ll}/u.test(subject) && !PARTICLE.test(subject.split(/\s+/)[0]!)) ? (DESCRIPTION_THEN_PLACE.exec(subject)?.[1] ?? subject) : subject;
    // "„…“, schrieb der Landbote.": a paper writing (attribution-shapes.ts).
    const paper = publicationWriting(/^\p{L}+/u.exec(t)?.[0] ?? '', subject);
    if (paper) return { kind: 'source', name: paper };
    // "said in a statement" / "said on Monday": not a subject.
    // (A whole word: "Inès Sala" opens with "In" before an accented letter, which \b takes for a word's end.)
    if (/^(?:in|on|at|during|after|before|to|of|from|via|through|last|this|when|while|that|earlier|later)(?![\p{L}\p{N}])/iu.test(head)) return null;
    // French puts adverbials between the verb and its subject: "déclare dans un communiqué Marine Le
    // Pen", "a lancé dimanche le chef de l'État". The subject is what ends the chunk: a name, or a
    // description with its article.
    if (FRENCH_ADVERBIAL.test(head)) {
      const chunk = chunks[0] ?? '';
      const named = nameIn(chunk, true);
      // (Not a description's place, "à son tour le maïeur de Montfort": a name opens with its capital here.)
      if (named && named.includes(' ') && /^\p{Lu}/u.test(named) && chunk.endsWith(named)) return { kind: 'name', name: named };
      const described = /\s((?:le|la|l['’])\s*[^\s].*)$/iu.exec(chunk);
      // "a lancé dimanche le secrétaire général du syndicat, Luc Vert, devant la foule": the
      // description's name follows it in apposition.
      const apposed = described && chunks[1] ? nameIn(chunks[1], false) : null;
      if (apposed && apposed.includes(' ') && chunks[1]!.split(/\s+/).length <= 4 && refOf(described![1]!)?.kind !== 'name') return { kind: 'name', name: apposed };
      // ("raconte sur franceinfo dimanche 14 avril, Paul Roy, le maire": adverbials only, then the
      // name set off by a comma.)
      const alone = !described && chunks[1] ? nameIn(chunks[1], false) : null;
      if (alone && alone.includes(' ') && chunks[1]!.startsWith(alone) && chunks[1]!.split(/\s+/).length <= 4) return { kind: 'name', name: alone };
      // ("a précisé à Reuters un responsable du ministère": someone unnamed speaks.)
      return described ? refOf(described[1]!) : /\s(?:un|une|des)\s/iu.test(chunk) ? { kind: 'unnamed' } : null;
    }
    // "sagte er gegenüber …", "said he": a pronoun right after the verb.
    // (Italian "il" before a noun is the article: "ha aggiunto il consigliere Paolo Neri". French
    // inverts its pronoun with a hyphen, "a-t-il ajouté", read above.)
    const firstWord = head.split(/\s+/)[0] ?? '';
    const italianArticle = /^il$/iu.test(firstWord) && /^\s*\S+\s+\p{Ll}/u.test(head) && !/^\S+\s+y\s/iu.test(head);
    if (PRONOUN_RE.test(firstWord) && !italianArticle) return pronoun(firstWord);
    // "erklärte von der Leyen und fügte hinzu": a name may open with its particle.
    // (Only before a capitalised word, directly or after an article: "la maire Anne Roy" opens with an article.)
    const [, second = '', third = ''] = head.split(/\s+/);
    const particle = PARTICLE.test(firstWord) && (/^\p{Lu}/u.test(second) || (/^(?:der|den|la|le)$/.test(second) && /^\p{Lu}/u.test(third)));
    let lead = refOf(/^\p{Lu}/u.test(head) || particle ? leadingName(head) : head);
    // "a affirmé le ministre de l'Économie": the place cut off above ("de l'Économie") completes the
    // description, which names the one person introduced by it.
    if (lead?.kind === 'anaphor' && head !== subject) {
      const whole = refOf(subject);
      if (whole?.kind === 'anaphor' && whole.description) lead = { ...lead, description: whole.description };
    }
    // Trusted only as a person the article names elsewhere (weak): "von der Brücke" may be no one.
    // (Unless the clause is the particle surname and nothing more, "sagte von der Leyen.": a subject.)
    let ref = particle && lead?.kind === 'name' && !particleSurname(head) ? { ...lead, weak: true } : lead;
    // "said USGS hydrologist Ryan Jackson": the person after the organisation and a description.
    const afterDescription = /^\p{Lu}/u.test(head) && !particle ? nameAfterDescription(head) : null;
    if (afterDescription) ref = { kind: 'name', name: afterDescription };
    // "said the company's CEO, Jane Doe", "said co-owner of R & G Produce, Gary Lamb": the name is in
    // the appositive; a capitalised name inside a lowercase description is its organisation's.
    const described = /^\p{Ll}/u.test(head) && !particle;
    if ((ref?.kind !== 'name' || described) && chunks[1]) {
      // (Only a name opening the apposition: "représentant du groupe Tamedia" describes the person
      // the description already named, "…de KEYSTONE-ATS Ueli Eckstein, représentant du groupe Tamedia".)
      const name = nameIn(chunks[1], false);
      if (name && chunks[1].split(/\s+/).length <= 4 && (ref?.kind !== 'name' || chunks[1].startsWith(name))) return { kind: 'name', name };
    }
    return ref;
  }
  const m = SUBJECT_VERB.exec(t);
  if (m && m[1]!.split(/\s+/).length <= 12) return subjectRef(m[1]!);
  return null;
}

/**
 * Attribution before an opening quote mark, inside the same sentence: `Mr Durkan said: “…”`,
 * `Savett said that … the launch marked … “…”`, `…, saying “…”` (the sentence's subject).
 */
export function attributionBefore(before: string): SpeakerRef | null {
  const t = before.trim();
  // ("On Neco Roe: “…”" names the topic, not the speaker: lead-ins.ts; after a quotation before it too.)
  if (t === '' || isTopicLead(t.split(/[”"»]\s*/u).pop()!)) return null;
  // A label of office and name standing alone after the last boundary ("… Dienststellen /
  // Innenminister Herrmann: „…“") speaks, whatever verb an earlier phrase has ("Staatsregierung meint es ernst").
  const office = /:$/.test(t) ? labelName(t) : null;
  if (office && !office.weak) return { kind: 'name', name: office.name };
  // "The Herald quoted him as saying:", "Der Landbote zitierte sie:": the one quoted is the object
  // pronoun, whoever quotes (a paper, an agency); the person it points back to speaks.
  const quotedObject = QUOTED_OBJECT.exec(t);
  if (quotedObject) return pronoun({ him: 'he', her: 'she', ihn: 'er' }[quotedObject[1]!.toLowerCase()] ?? quotedObject[1]!);
  const according = ACCORDING_TAIL.exec(t);
  if (according) return refOf(according[1]!);
  // "Selon la fédération des banques, Febelfin, « … »", "According to the ministry's spokesman, Tom
  // Hall, “…”": a description, then the name in apposition.
  const apposed = ACCORDING_APPOSITION.exec(t);
  if (apposed) {
    const named = refOf(apposed[2]!);
    if (named?.kind === 'name') return named;
    const described = refOf(apposed[1]!);
    if (described) return described;
  }
  // "Pour Sarah Jones, « … »", "Für Roth „…“": the French and German "in X's view" names the speaker
  // too, when it names a person.
  // "car comme le dit Madame Boustani « … »", "comme l'a rappelé X, « … »": the clause of comparison
  // names who says the words that follow it.
  const comme = COMME_SAYS.exec(t);
  if (comme) {
    const ref = refOf(comme[1]!.trim());
    if (ref) return ref;
  }
  const view = VIEW_OF.exec(t);
  if (view) {
    // ("Pour la ministre Anne Roy interrogée sur une radio, « … »": a participle phrase after the
    // name, no comma between, says where she spoke; the name ends before it.)
    const bare = (c: string) => c.trim().replace(/(?<=\p{Lu}[\p{L}\p{M}'’-]*)\s+\p{Ll}[\p{Ll}-]*(?:é|i|u|is|it)e?s?(?:\s.*)?$/u, '');
    const named = view[1]!.split(',').map((c) => refOf(bare(c))).reverse().find((r) => r?.kind === 'name');
    if (named) return named;
    // "Pour lui, « … »", "Para ella, «…»": the view of the person just named, as "il"/"elle" would say.
    if (/^(?:lui|elle|él|ella|lei)$/iu.test(view[1]!.trim())) return pronoun(view[1]!.trim() === 'lui' ? 'il' : view[1]!.trim());
  }
  const zufolge = ZUFOLGE.exec(t);
  if (zufolge && !VERB_ONE.test(t.slice(zufolge.index))) return refOf(zufolge[1]!);
  // "Dazu hat Ministerin Anna Roth gesagt:", "Die Ministerin hat am Montag betont:": the German
  // perfect sets the subject between auxiliary and participle after an adverbial, before them otherwise.
  const perfect = GERMAN_PERFECT.exec(t);
  if (perfect) {
    const opening = lastSentence(t.slice(0, perfect.index)).trim();
    const ref = opening === '' || ADVERBIAL_OPENING.test(opening) ? attributionAfter(`sagte ${perfect[1]!.trim()}`) : subjectRef(opening);
    if (ref) return ref;
  }
  let verbAt = -1;
  for (const m of t.matchAll(VERB_RE)) verbAt = m.index;
  let participleAt = -1;
  for (const m of t.matchAll(PARTICIPLE_RE)) participleAt = m.index;
  if (verbAt >= 0 && verbAt > participleAt) {
    // "…“, erklärte von der Leyen und fügte hinzu: „…“", "Doe said X and added:": the second verb of
    // a coordination shares the first one's subject.
    const coordinated = /^(.*\S)\s+(?:und|and|et|y|e)\s*$/su.exec(t.slice(0, verbAt));
    if (coordinated) {
      const prior = coordinated[1]!;
      let priorVerb = -1;
      for (const m of prior.matchAll(VERB_RE)) priorVerb = m.index;
      if (priorVerb >= 0 && sentenceStart(prior, priorVerb) === sentenceStart(t, verbAt)) {
        // Inverted ("erklärte von der Leyen und") or in order ("Doe said the plan had failed and").
        // A subject written before the first verb ("Constanze Oehlrich, …, äußert sich zu der
        // Abstimmung im Land und sagt:") makes it in order: what follows that verb is its object.
        const opening = prior.slice(sentenceStart(prior, priorVerb), priorVerb).trim();
        // (An opening that ends on a comma and is no name in apposition is a fronted clause, "Die
        // Planung sei ein Prozess, betont Keller und ergänzt:": the verb after it is inverted.)
        const firstChunk = opening.split(',')[0]!.trim();
        const fronted = /,$/.test(opening) && !/^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(firstChunk);
        const inOrder = opening !== '' && !fronted && !ADVERBIAL_OPENING.test(opening) && !/[”“"»«’]\s*,?$/u.test(opening) && subjectRef(opening.replace(/,$/, ''))?.kind === 'name';
        const tries = inOrder ? [attributionBefore(prior), attributionAfter(prior.slice(priorVerb))] : [attributionAfter(prior.slice(priorVerb)), attributionBefore(prior)];
        for (const shared of tries) if (shared && shared.kind !== 'unnamed') return shared;
      } else {
        // "Il fut exclu de son groupe et déclara alors :", "Jane Roe stood up and said:": the first
        // verb is none of saying, so the subject opening the sentence is the coordinated verb's too.
        const opener = subjectAtStart(lastSentence(prior));
        if (opener && (opener.kind === 'anaphor' || (opener.kind === 'name' && !opener.weak))) return opener;
      }
    }
    // "“…”, erklärte Roth": the verb right after a closing mark is an inverted attribution.
    // (The text before may start right after the quote: then only its comma is left.)
    if (/(?:^|[”“"»«’])\s*,?\s*$/u.test(t.slice(0, verbAt))) {
      const inverted = attributionAfter(t.slice(verbAt));
      if (inverted) return inverted;
    }
    // "Die Planung sei ein Prozess, unterstreicht Keller:": indirect speech fronted before the verb,
    // a clause and a comma (no name in apposition, "Anna Keller, die Ministerin, sagt:"), inverts it.
    const opening = lastSentence(t.slice(0, verbAt)).trim();
    const openingChunk = opening.split(',')[0]!.trim();
    if (/,$/.test(opening) && /\s/.test(openingChunk) && !/^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(openingChunk) && !ADVERBIAL_OPENING.test(opening)) {
      const inverted = attributionAfter(t.slice(verbAt));
      if (inverted?.kind === 'name' && !inverted.weak) return inverted;
    }
    // German word order puts the subject after the verb: "In einem Interview sagt Kommissar Günther Oettinger:".
    let afterVerb = t.slice(verbAt).replace(/^\S+/, '').replace(/[,;:]\s*$/, '').trim();
    // "Ein Sprecher sagte der Deutschen Presse-Agentur:", "Roth sagte dem „Tagesblatt“:": a dative
    // after the verb ("dem …", "der" with an adjective in -en or a quoted title) is who was told, not
    // the subject, which then stands before the verb.
    if (/^(?:dem\s|der\s+(?:[„“"»«]|\p{Lu}\p{Ll}*en\s))/u.test(afterVerb)) afterVerb = '';
    // "In der Erklärung heißt es:", "Dann hieß es": impersonal, nobody speaks.
    if (/^es(?![\p{L}])/u.test(afterVerb)) return { kind: 'unnamed' };
    if (afterVerb && afterVerb.split(/\s+/).length <= 6) {
      const name = nameIn(afterVerb, true);
      if (name && name.includes(' ') && /\p{Ll}/u.test(name)) return { kind: 'name', name };
      // "In Bezug auf die Pandemie sagte Wojahn weiter:", "Dann sagte er:": a sentence opened by an
      // adverbial puts the subject right after the verb (German verb-second order).
      if (ADVERBIAL_OPENING.test(lastSentence(t.slice(0, verbAt)).trim())) {
        // ("Dazu äußerte sich die Ministerin:": a reflexive's "sich" stands before the subject.)
        afterVerb = afterVerb.replace(/^sich\s+/u, '');
        const first = afterVerb.split(/\s+/)[0]!;
        if (PRONOUN_RE.test(first)) return pronoun(first);
        // "Beim Besuch sagte der Ministerpräsident:": a definite description after the verb is the subject.
        if (DEFINITE.test(afterVerb)) return refOf(afterVerb);
        const ref = /^\p{Lu}/u.test(first) ? refOf(leadingName(afterVerb)) : null;
        if (ref?.kind === 'name') return ref;
      }
    }
    // "A report by the Red Cross said": the document's issuer.
    const sentence = lastSentence(t.slice(0, verbAt));
    const issuer = /,/.test(sentence) ? null : documentAuthor(sentence);
    if (issuer) return { kind: 'source', name: issuer };
    // "Anne Leroy l’assure :", "Roth s’est félicitée": an object pronoun stands between subject and verb.
    const subject = t.slice(0, verbAt).replace(/\s+\w+ly\s*$/, '').replace(/\s+(?:l['’]|s['’]|lui|leur)\s*$/iu, '');
    // "…avec Paul Roux, le successeur de Jean Petit, qui lui avait rétorqué :": the subject of the
    // relative is its antecedent, the person right before "qui", never the sentence's subject.
    const relative = /^(.*\S),\s*(?:qui|who)\s*$/su.exec(subject);
    if (relative) return antecedentRef(relative[1]!);
    const paper = publicationWriting(/^\p{L}+/u.exec(t.slice(verbAt))?.[0] ?? '', lastSentence(subject));
    if (paper) return { kind: 'source', name: paper };
    const ref = subjectRef(subject.split(/\s+/).slice(-24).join(' '));
    if (ref) return ref;
  }
  // "A report by the Red Cross concludes: « … »", "An email from Roe adds, saying “…”": a document's
  // author or issuer speaks through it.
  const author = documentAuthor(lastSentence(t));
  if (author) return { kind: 'source', name: author };
  // "Secretary of the Air Force Jane Roe: “…”": a label of office and name before the colon.
  const label = labelName(t);
  if (label) return label.weak ? { kind: 'name', name: label.name, weak: true } : { kind: 'name', name: label.name };
  // "Asked about the delay, Tanaka was blunt: “…”": the subject of the clause the colon ends.
  if (/:$/.test(t)) {
    // "Anne Roux, Maire de Saint-Aubin (Orne) :": a full name, then its office in apposition, which
    // round-ups of short statements capitalise like a title; the name before the comma speaks.
    const apposed = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]*),\s+([\p{L}-]+)/u.exec(lastSentence(t));
    if (apposed && (ROLE_NOUNS.test(apposed[2]!) || isTitle(apposed[2]!))) {
      const ref = refOf(apposed[1]!);
      if (ref?.kind === 'name' && ref.name.includes(' ')) return ref;
    }
    const clause = lastChunk(t.replace(/\s*:$/, ''));
    const ref = clause.trim() !== t ? subjectAtStart(clause) : null;
    if (ref) return ref;
    // "Une attachée de presse souriante fait comme si de rien n'était :": someone unnamed, introduced
    // with the indefinite article, whatever the verb; not whoever the quotes beside were given to.
    const indefinite = /^(?:un|une)\s+\p{Ll}[\p{L}-]*(?=[\s,])/iu.exec(lastSentence(t));
    if (indefinite && refOf(indefinite[0])?.kind === 'unnamed') return { kind: 'unnamed' };
    // German verb-second order puts a pronoun subject right after the finite verb when an object or
    // adverbial opens the clause: "Einen vergleichbaren Fall konnte er nicht finden: „…“". Only "er",
    // which is nominative alone ("sie" may be an object or plural).
    if (/^\p{Lu}\p{Ll}*(?:\s+\p{L}[\p{L}-]*){0,5}\s+\p{Ll}[\p{L}]*\s+er(?![\p{L}])/u.test(lastSentence(clause).trim())) return pronoun('er');
    // So does a role noun with its article after a demonstrative or an adverb that opens the clause,
    // whatever the verb: "Das sah auch der Trainer so:", "Ähnlich äußerte sich die Ministerin:".
    const role = ROLE_AFTER_VERB.exec(lastSentence(clause).trim());
    const described = role ? refOf(`${role[1]} ${role[2]}`) : null;
    if (described?.kind === 'anaphor' && described.role) return described;
  }
  // "Keller: „…“", "Anne Leroy : « … »": a name and a colon introduce the person's words.
  const labelled = /(?:^|[.!?]\s+)((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]*)\s*:$/u.exec(t);
  if (labelled) {
    const ref = refOf(labelled[1]!);
    // (Two capitalised German nouns, "Thema Sicherheit:", are no name: several words only as the lexicon's person.)
    if (ref?.kind === 'name' && !ref.name.includes(' ')) return { ...ref, weak: true };
    if (ref?.kind === 'name' && (isGivenName(ref.name.split(' ')[0]!) || nameTags(ref.name).people)) return ref;
  }
  return subjectAtStart(t);
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
