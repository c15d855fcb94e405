// Press interviews printed without a label on the questions: the questions are paragraphs of their
// own ending on a question mark (often bold on the page, which a copy loses), the answers the
// paragraphs under them, maybe opened by the interviewee's name ("Willi: …", "Alain Berset: …"),
// maybe not at all. Read as prose, each question is a short line taken for a section heading (and
// so never spoken) and each answer the narrator's; read as an interview, each question is the
// Reporter's turn and each answer the interviewee's.
//
// When is a text such an interview? A rhetorical question in a story ("Que faire ?") is a
// paragraph ending on a question mark too, so one question decides nothing. A text is read as an
// interview when it has two or more question-and-answer pairs: a question paragraph (not opened by a
// quotation mark: a quoted question is a story's quotation) directly followed by a paragraph that is
// not a question, where the question addresses someone ("vous", "Sie", "you"), or a labelled turn
// answers it, or the answer speaks in the first person ("je", "ich", "we"); at least one pair
// addressed or labelled (a story's own questions answered in the first person plural, "Que
// devons-nous faire ?" / "Nous devons …", are neither); at least one unlabelled answer in the first
// person, as an interviewee speaks and a narrator seldom; and most question paragraphs of the text
// so answered (a story with a rhetorical question here and there is not alternation). Once the text
// is an interview, every question paragraph over an answer is a question.
//
// Dialogue typography ("– Vous pensez qu'il doit démissionner ?" / "– En tout cas, …") opens every
// turn with a dash: there a paragraph without one is the narrator again (script/transcript.ts).
//
// Inside a transcript already found by its labels, one shape is read without these conditions: an
// unlabelled paragraph ending on a question mark right before an answer's label ("R -", "A:") is the
// question that label answers ("Bonsoir Mme X, vous attendiez-vous … ?" / "R - J'ai …").

import { ANSWER_LABEL, QUESTION_LABEL, type Turn } from './turn-labels.ts';

/** A paragraph that is a question: it ends on a question mark (maybe inside a closing mark). */
export const ENDS_ASKING = /\?[\s\u00a0\u202f]*[»”"“’'‹›)]*\s*$/u;
const OPENS_QUOTED = /^[«“"„‹‘]/u;
const asks = (p: string): boolean => ENDS_ASKING.test(p.trim()) && !OPENS_QUOTED.test(p.trim()) && p.trim().split(/\s+/).length <= 80;

// The second person of the corpus languages, formal and familiar. French "du" (an article) and
// German lowercase "sie" (they) are left out; German formal "Sie", "Ihnen", "Ihr-" are capitalised.
const ADDRESSES = /(?<![\p{L}])(?:vous|votre|vos|tu|toi|ton|ta|tes|t['’]|you|your|yours)(?![\p{L}])|(?<![\p{L}])(?:Sie|Ihnen|Ihr\p{Ll}*|dich|dir|dein\p{Ll}*|euch|euer\p{Ll}*)(?![\p{L}])/iu;
const ADDRESSES_GERMAN_FORMAL = /(?<![\p{L}])(?:Sie|Ihnen|Ihr\p{Ll}*)(?![\p{L}])/u;
const addresses = (p: string): boolean => ADDRESSES_GERMAN_FORMAL.test(p) || ADDRESSES.test(p.replace(/(?<![\p{L}])(?:sie|ihnen|ihr\p{Ll}*)(?![\p{L}])/gu, ''));

// The first person: an interviewee's answer. English "I" in capitals only ("i" is an Italian
// article), "us" in lower case only ("US").
const FIRST_PERSON = /(?<![\p{L}])(?:je|j['’]|me|m['’]|moi|mon|ma|mes|nous|notre|nos|ich|mich|mir|mein\p{Ll}*|wir|uns|unser\p{Ll}*|my|mine|we|our|ours)(?![\p{L}])/iu;
const FIRST_PERSON_CASED = /(?<![\p{L}])(?:I|I['’](?:m|ve|d|ll)|us)(?![\p{L}])/u;
const speaksFirst = (p: string): boolean => FIRST_PERSON.test(p) || FIRST_PERSON_CASED.test(p);

/**
 * Words that announce an interview, not a story that mentions one ("in an interview with CNN, X said"
 * is reported speech): the interview's own heading, its guest "answering our questions", its credit.
 */
const ANNOUNCES_INTERVIEW =
  /^(?:Interview|Entretien|Entrevue|Q\s?&\s?A)\b|(?<![\p{L}])(?:répond(?:ent)?|a répondu|ont répondu)\s+à\s+nos\s+questions|propos recueillis par|entretien réalisé par|(?:das )?(?:interview|gespräch) führte|beantwortet(?:e)? unsere fragen|stand(?:en)? uns rede und antwort|answer(?:s|ed)? our questions|(?<![\p{L}])Q\s?&\s?A(?![\p{L}])|interviewed by/iu;

const QUESTION_TURN: Turn = { label: 'Q', rest: 0 };
/** A turn opened by a dialogue dash. */
const DIALOGUE_DASH = /^[–—-]\s/u;
const marked = (turn: Turn, paragraph: string): Turn => (DIALOGUE_DASH.test(paragraph.trim()) ? { ...turn, dashed: true } : turn);

/**
 * The turns of a text with the interview's unlabelled questions and answers added; `turns` as they
 * were when the text is no such interview. `single` holds each paragraph's one-word label
 * ("Willi: …") whether or not the text's other labels made it a turn.
 */
export function interviewTurns(paragraphs: string[], turns: (Turn | null)[], single: (Turn | null)[], intro: string[] = []): (Turn | null)[] {
  const out = [...turns];
  const labelled = turns.some(Boolean);
  // An answer's label: a turn of the text or a one-word label, not a question's.
  const answerLabel = (i: number): Turn | null => {
    const t = turns[i] ?? single[i];
    return t && !QUESTION_LABEL.test(t.label) ? t : null;
  };
  // Under a label alone on its line ("JEAN-PIERRE ELKABBACH"), a paragraph is that label's words.
  const underLabel = (i: number): boolean => i > 0 && turns[i - 1] !== null && turns[i - 1]!.rest >= paragraphs[i - 1]!.length;
  const question = (i: number): boolean => i < paragraphs.length && !turns[i] && !underLabel(i) && asks(paragraphs[i]!);

  // Inside a labelled transcript: the unlabelled question right before an answer's label.
  if (labelled) {
    paragraphs.forEach((_, i) => {
      const next = turns[i + 1];
      if (question(i) && next && ANSWER_LABEL.test(next.label)) out[i] = QUESTION_TURN;
    });
  }

  const pairs: { q: number; a: number; label: Turn | null; addressed?: boolean }[] = [];
  let questions = 0;
  let firstPerson = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!question(i)) continue;
    questions++;
    const j = i + 1;
    if (j >= paragraphs.length || question(j) || (turns[j] && QUESTION_LABEL.test(turns[j]!.label))) continue;
    const label = answerLabel(j);
    const answer = paragraphs[j]!.slice(label?.rest ?? 0);
    if (asks(answer)) continue;
    const addressed = label !== null || addresses(paragraphs[i]!);
    const first = !label && speaksFirst(answer);
    if (!addressed && !first) continue;
    pairs.push({ q: i, a: j, label, addressed });
    if (first) firstPerson++;
  }
  const unlabelledAnswers = pairs.filter((p) => !p.label).length;
  // A text that says it is an interview (above the first question, or in the credit at its end:
  // "répond à nos questions", "Propos recueillis par …", "Q&A") needs no question addressed to anyone.
  const firstAsked = pairs[0]?.q ?? 0;
  const announced = [...intro, ...paragraphs.slice(0, firstAsked), ...paragraphs.slice(-2)].some((p) => ANNOUNCES_INTERVIEW.test(p));
  // At least one question addresses someone or is answered by a label: a story's own questions
  // answered in the first person plural ("Que devons-nous faire ?" / "Nous devons …") do neither.
  // A page that shows one exchange only (the rest behind a paywall): one question to someone,
  // answered under the full name the lines above it introduce ("Alain Berset cèdera son siège …" /
  // "Y êtes-vous parvenu ?" / "Alain Berset: C'était une boutade …").
  const one = pairs[0];
  const introduced =
    pairs.length === 1 && questions === 1 && one!.label !== null && /\s/.test(one!.label.label) && addresses(paragraphs[one!.q]!) && paragraphs.slice(0, one!.q).some((p) => p.includes(one!.label!.label));
  // A page whose first exchange is labelled ("Tagblatt: Frau Roth, …?" / "Roth: …") and whose next
  // questions are not: the labelled exchange shows the text is an interview, so one unlabelled pair
  // that addresses the interviewee or is answered in the first person is enough, whatever person the
  // answer speaks in ("Wie schwer war das für Sie?" / "Es war mühsam, aber es ist gelungen.").
  const exchange = labelled ? turns.findIndex((t, i) => t !== null && asks(paragraphs[i]!) && turns[i + 1] != null && turns[i + 1]!.label !== t.label && !asks(paragraphs[i + 1]!)) : -1;
  const labelledExchange = exchange >= 0;
  const interview =
    introduced ||
    (labelledExchange && pairs.length >= 1) ||
    (pairs.length >= (announced ? 1 : 2) && (announced || pairs.some((p) => p.addressed)) && (unlabelledAnswers === 0 || firstPerson >= 1) && pairs.length * 2 >= questions);
  if (!interview) return out;

  // Once the text is an interview, every question paragraph over an answer is a question, whether
  // or not it addresses anyone ("A partir de quel âge peut-on être maire ?").
  // So is a prompt that trails off instead of asking, short and addressed to the interviewee, over
  // an answer in the first person ("Vous vous êtes plaint, l'année dernière, de votre salaire..." /
  // "Je maintiens ce que j'ai dit.").
  const prompt = (i: number): boolean => {
    const p = paragraphs[i]!.trim();
    return !turns[i] && !underLabel(i) && !OPENS_QUOTED.test(p) && /(?:\.\.\.|…)$/u.test(p) && p.split(/\s+/).length <= 30 && addresses(p) && i + 1 < paragraphs.length && speaksFirst(paragraphs[i + 1]!);
  };
  const all = [...pairs];
  for (let i = 0; i < paragraphs.length; i++) {
    const j = i + 1;
    if (!(question(i) || prompt(i)) || all.some((p) => p.q === i) || j >= paragraphs.length || question(j) || (turns[j] && QUESTION_LABEL.test(turns[j]!.label))) continue;
    const label = answerLabel(j);
    if (!asks(paragraphs[j]!.slice(label?.rest ?? 0))) all.push({ q: i, a: j, label });
  }
  // A one-word label opening one answer where the others have none, and named nowhere else in the
  // text, is the answer's own words, not the interviewee's name ("Sting: „Fields of Gold“, Adele:
  // „Hello“" listing songs). An interviewee's name opening the first answer only is named in the lead.
  const unlabelled = all.filter((p) => !p.label).length;
  for (const p of all) {
    if (!p.label || turns[p.a] || unlabelled < 2) continue;
    const word = p.label.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const elsewhere = paragraphs.some((text, k) => k !== p.a && new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'u').test(text));
    if (!elsewhere && all.filter((o) => o.label?.label === word).length === 1) p.label = null;
  }
  const answers = new Map(all.map((p) => [p.a, p]));
  const asked = new Set(all.map((p) => p.q));
  // The unlabelled questions of a page whose first exchange is labelled are that interviewer's, who
  // keeps one voice ("Kreisanzeiger: …?", then "Wie schwer war das?").
  const asker: Turn = labelledExchange && !QUESTION_LABEL.test(turns[exchange]!.label) ? { label: turns[exchange]!.label, rest: 0 } : QUESTION_TURN;
  // The interviewee's label, once a labelled answer has named them; until then the answer's "R".
  let interviewee: string | null = null;
  for (let i = 0; i < paragraphs.length; i++) {
    const own = turns[i];
    if (own && !QUESTION_LABEL.test(own.label) && !ANSWER_LABEL.test(own.label)) interviewee = own.label;
    if (asked.has(i)) out[i] = marked(asker, paragraphs[i]!);
    // A question of two paragraphs: the first, a question too, right above an answered one.
    else if (question(i) && asked.has(i + 1)) out[i] = marked(asker, paragraphs[i]!);
    const pair = answers.get(i);
    if (!pair) continue;
    if (pair.label) {
      out[i] = pair.label;
      interviewee = pair.label.label;
    } else out[i] = marked({ label: interviewee ?? 'R', rest: 0 }, paragraphs[i]!);
  }
  // A one-word label that answers one question answers the others it opens ("Willi: …" after a
  // paragraph that did not end on a question mark).
  const names = new Set(all.flatMap((p) => (p.label ? [p.label.label] : [])));
  single.forEach((t, i) => {
    if (t && !out[i] && names.has(t.label)) out[i] = t;
  });
  return out;
}
