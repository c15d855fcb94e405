// Interviews that label only their questions ("Frage 1:", "Q:"): the unlabelled paragraph under a
// question is the interviewee's answer, not more of the question; a numbered question label is a
// label. And in an interview without labels, a one-word "Name:" inside one answer is no speaker.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/article/parse-text.ts';
import { anyColonLabel } from '../../src/article/turn-labels.ts';
import { DEFAULT_CONFIG } from '../../src/config.ts';
import { buildScript } from '../../src/script/build-script.ts';

const spoken = (text: string) =>
  buildScript(parseText(text, 'x.txt'), { config: DEFAULT_CONFIG, engine: 'edge' })
    .chapters.flatMap((c) => c.segments)
    .filter((s) => s.role !== 'headline')
    .map((s) => [s.role, s.speaker, s.text.slice(0, 24)]);
const page = (lines: string[]) => lines.join('\n\n');

describe('numbered question labels', () => {
  it('"Frage 1:", "Question 3 :", "Q1:" are question labels; "Artikel 2:" is not', () => {
    const labels = ['Frage 1: „Sind Sie oft im Rathaus?“', 'Question 3 : Aimez-vous Paris ?', 'Q1: Do you like it?', 'Artikel 2: Die Würde des Menschen ist unantastbar.'].map((p) => anyColonLabel(p)?.label ?? null);
    expect(labels).toEqual(['Frage', 'Question', 'Q', null]);
  });
});

describe('an interview that labels only its questions', () => {
  const lines = (label: (n: number) => string) => [
    'Ein Besuch im Rathaus',
    'Unser Interview mit dem Oberbürgermeister Karl Brodtke.',
    `${label(1)} „Sind Sie den ganzen Tag im Rathaus?“`,
    '„Nein, ich bin nur zwei Stunden in meinem Büro, wegen der Termine mit Bürgern.“',
    `${label(2)} „Wollten Sie als Kind schon Bürgermeister werden?“`,
    'Nein, gar nicht. Ich wollte niemals Bürgermeister werden.',
    'Erst in meiner Druckerei habe ich mit Politik angefangen.',
  ];
  const expected = [
    ['body', null, 'Unser Interview mit dem '],
    ['quote', 'Reporter', 'Sind Sie den ganzen Tag '],
    ['quote', 'Karl Brodtke', 'Nein, ich bin nur zwei S'],
    ['quote', 'Reporter', 'Wollten Sie als Kind sch'],
    ['quote', 'Karl Brodtke', 'Nein, gar nicht. Ich wol'],
    ['quote', 'Karl Brodtke', 'Erst in meiner Druckerei'],
  ];
  it('gives each answer to the interviewee', () => {
    expect(spoken(page(lines(() => 'Frage:')))).toEqual(expected);
  });
  it('reads numbered questions too, none lost as a heading', () => {
    expect(spoken(page(lines((n) => `Frage ${n}:`)))).toEqual(expected);
  });
  it('keeps a question of two paragraphs the Reporter’s', () => {
    const text = page([
      'Fragen an die Ministerin',
      'Wir sprachen mit Ministerin Lena Hallwig.',
      'Frage: Sie haben im Mai neue Regeln für die Schulen angekündigt.',
      'Wann kommen sie?',
      'Im Herbst, das verspreche ich Ihnen.',
      'Frage: Und die Lehrer?',
      'Wir stellen zweihundert neue ein.',
    ]);
    expect(spoken(text).map((s) => s[1])).toEqual([null, 'Reporter', 'Reporter', 'Lena Hallwig', 'Reporter', 'Lena Hallwig']);
  });
});

describe('an interview without labels', () => {
  const lines = (answer5: string) => [
    'Rathausrunde Talheim',
    '13 indiskrete Fragen',
    'Erinnern Sie sich noch an Ihren ersten Tag als Bürgermeister?',
    'Klar! Mein erster Arbeitstag war ein Sonntag, mein erster Termin war beim Seniorennachmittag.',
    'Welchen Job außer Bürgermeister könnten Sie sich noch vorstellen?',
    'Ich könnte mir nur einen Beruf vorstellen, bei dem ich mit Menschen zu tun habe.',
    'Ihre drei Lieblingssongs?',
    answer5,
    'Worüber können Sie lachen?',
    'Über mich selbst.',
  ];
  it('a one-word label inside one answer is no speaker', () => {
    const out = spoken(page(lines('Kestrel: "Morning Sky", Lena Rosen: "Mein Herz", und natürlich immer Queen.')));
    expect(out.map((s) => s[1])).toEqual([null, 'Reporter', null, 'Reporter', null, 'Reporter', null, 'Reporter', null]);
    expect(out[6]![2]).toBe('Kestrel: "Morning Sky", ');
  });
});

describe('the interviewee', () => {
  const interview = (header: string[]) =>
    page([
      'Five Questions for a Professor',
      ...header,
      'Students often find professors hard to approach. We asked one of them about his work and what he would tell them.',
      'Why did you decide to become a professor?',
      'I was interested in research, and I still like the freedom it gives me to follow my own ideas.',
      'What advice would you give to students who struggle with a course?',
      'Come to office hours early in the semester. Most of us want to help.',
    ]);
  it('is never the interview’s author (a byline, or the name under "Written by:")', () => {
    for (const header of [['By Nora Quill'], ['Written by:', 'Nora Quill']]) {
      const speakers = spoken(interview(header)).filter((s) => s[0] === 'quote').map((s) => s[1]);
      expect(speakers, header.join(' / ')).not.toContain('Nora Quill');
    }
  });
  it('is the name of a profile box’s "Name:" field', () => {
    const speakers = spoken(interview(['By Nora Quill', 'Name: Zivko Varnal\nPlace of Birth: Trnovo, Bulgaria'])).filter((s) => s[0] === 'quote').map((s) => s[1]);
    expect(speakers).toEqual(['Reporter', 'Zivko Varnal', 'Reporter', 'Zivko Varnal']);
  });
});

describe('a transcription service’s and a show’s labels', () => {
  it('"[00:01:12] Speaker 1:" is one speaker per number, the time stamp not read', () => {
    const text = page([
      'Council meeting transcript',
      'The following is a transcript of the meeting held in Talbury on March 3.',
      '[00:01:12] Speaker 1: Good evening, everyone. Let us begin with the budget.',
      '(00:01:30) Speaker 2: Thank you. I have a question about the hall.',
      '[00:02:02] Speaker 1: Go ahead, we have time for questions tonight.',
    ]);
    expect(spoken(text)).toEqual([
      ['body', null, 'The following is a trans'],
      ['quote', 'Speaker 1', 'Good evening, everyone. '],
      ['quote', 'Speaker 2', 'Thank you. I have a ques'],
      ['quote', 'Speaker 1', 'Go ahead, we have time f'],
    ]);
  });
  it('"Guest:" is the guest the introduction names', () => {
    const text = page([
      'Episode 12: The future of local news',
      'In this episode we talk with editor Dana Whitfield about small newsrooms.',
      'Host: Welcome to the show, Dana. How did you start in journalism?',
      'Guest: I started at my college paper, and I never really left the business.',
      'Host: What keeps you going?',
      'Guest: The readers. They write to us every day.',
    ]);
    expect(spoken(text).map((s) => s[1])).toEqual([null, 'Reporter', 'Dana Whitfield', 'Reporter', 'Dana Whitfield']);
  });
});

describe('a briefing’s unnamed questioner', () => {
  it('"Member of the Media:" is the Reporter, the label not read', () => {
    const text = page([
      'Transcript of the Minister’s media briefing',
      'Questions and answers after the briefing by Minister Lena Varga in Talbury on Thursday.',
      'Member of the Media: Minister, do you know where the former president is now?',
      'Minister Varga: We do not know, and we have asked our embassy to find out.',
      'Member of the Press: Will the country offer him asylum?',
      'Minister Varga: That question has not been put to us.',
    ]);
    expect(spoken(text).filter((s) => s[0] === 'quote')).toEqual([
      ['quote', 'Reporter', 'Minister, do you know wh'],
      ['quote', 'Lena Varga', 'We do not know, and we h'],
      ['quote', 'Reporter', 'Will the country offer h'],
      ['quote', 'Lena Varga', 'That question has not be'],
    ]);
  });
});
