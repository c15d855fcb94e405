// Line classifiers for what scrapers leave around an article: page furniture (share buttons,
// adverts, player timestamps), photo captions and credits, bylines, date stubs and closing credits.
// They are written for the general shapes of news pages, not for one site; each one is a pure
// predicate on a single cleaned line so it can be tested with a table.

const words = (line: string): string[] => line.split(/\s+/).filter(Boolean);

/** Whole-line page furniture: buttons, labels and prompts that are never part of the story. */
const FURNITURE = new RegExp(
  '^(?:' +
    [
      'share(?: this| the)?(?: article| story| page| post| on \\w+)?',
      'share via \\w+',
      'tweet',
      'e-?mail',
      'print',
      'save(?: article| for later)?',
      'copy(?: the)? link',
      'link copied',
      'comments?',
      '\\d+ comments?',
      // a counter of a ratings or comments widget, in the three languages ("2 Bewertungen", "3 avis")
      '\\d+ (?:ratings?|reviews?|bewertung(?:en)?|kommentare?|avis|commentaires?|évaluations?)',
      'view comments',
      'advertisement',
      'advertising',
      'ad',
      'sponsored(?: content)?',
      'story continues(?: below)?(?: (?:this )?advertisement)?',
      'article continues(?: below)?(?: (?:this )?advertisement)?',
      'skip advertisement',
      'continue reading(?: the main story)?',
      // (A teaser's link, maybe after the ellipsis that cut it: "... Show Full Article".)
      '(?:\\.{3}\\s*|…\\s*)?(?:read|show|view|see) (?:the )?(?:full|more|next|whole|entire)(?: article| story| text| post| release)?',
      'listen(?: to this (?:article|story))?(?: \\(\\d+ min(?:utes?)?\\))?',
      'listen to article',
      'play(?: video)?',
      'pause',
      'watch(?: video| now)?',
      'subscribe(?: now)?',
      'sign up',
      'log in',
      'sign in',
      'loading',
      'back to top',
      'close',
      'menu',
      'skip to (?:main )?content',
      'follow',
      'getty images',
      'reuters',
      'ap',
      'afp',
      'the associated press',
      'associated press',
      'image',
      'video',
      'audio',
      'photo',
      'enlarge this image',
      'toggle caption',
      'hide caption',
      'expand',
      'most read',
      'trending',
      'related(?: articles| stories| content| coverage| topics| links)?',
      'topics',
      'more from [\\w ]{1,30}',
      'recommended',
      'more on this story',
      'top stories',
      // a listing box's or a tab's label ("Featured Stories", "Most Discussed", "Commented")
      'featured(?: stories| articles| news| posts)?',
      'most (?:read|popular|viewed|shared|commented|discussed|emailed)',
      'commented',
      'editor\'s picks',
      'you may also like',
      'see more',
      'show more',
      // German and French
      'anzeige',
      'werbung',
      'publicité',
      'weiterlesen',
      'mehr lesen',
      'lire la suite',
      'lire plus',
      'mehr zum thema',
      'à lire aussi',
      'lire aussi',
    ].join('|') +
    ')[.!:…]*$',
  'i',
);

/** Prompts that lead into a link to another page ("Read more: …", "RELATED: …"). */
const LINK_PROMPT =
  /^(?:read more|read also|also read|related|see also|more|watch|listen|recommended|don['’]t miss|must read|explore more|more on this(?: story)?|further reading|latest|lesen sie (?:auch|mehr)|im video|video zum thema|zum video|mehr zum thema|mehr dazu|auch interessant|siehe auch|weiterlesen|(?:à )?lire aussi|lire la suite|(?:à )?voir aussi|sur le même sujet|en savoir plus)\s*[:|–—>»]\s*\S/iu;
/** Calls to action that survive a copy from a page. */
const CALL_TO_ACTION =
  /^(?:click here|click (?:to|for) (?:view|see|watch|read|enlarge|more)|sign up (?:for|to|here)|subscribe (?:to|for|now|here)|follow us|follow [@\w]+ on (?:twitter|x|facebook|instagram|threads|bluesky|linkedin|tiktok)|get (?:our|the) \w+ newsletter|download (?:our|the) app)\b/i;

/** Caption and credit openers ("Photo: …", BBC's "Image source, Getty Images", "Foto: …", "Crédit photo : …"). */
const CAPTION_LEAD =
  /^\(?(?:photo(?:graph)?s?|pictures?|images?|image source|image caption|media caption|caption|credits?|(?:photo|image|picture) credits?|file photo|source|video|graphic|illustration|top image|main image|featured image|fotos?|fotografie|bild(?:er|quelle|unterschrift|nachweis)?|quelle|grafik|infografik|crédits?(?: photos?| images?)?|légende|vidéo|infographie)\s*(?:[:,|–—]|\s-\s|by\b)/iu;

const AGENCIES =
  'Getty Images|AFP|Reuters|AP|EPA|EPA-EFE|Shutterstock|Alamy(?: Stock Photo)?|Bloomberg|Pool|NurPhoto|Sipa(?: USA)?|ZUMA(?: Press)?|Xinhua|TASS|Anadolu(?: Agency)?|Associated Press|The Associated Press|PA(?: Wire| Media)?|AAP|SOPA Images|LightRocket|Sputnik|Kremlin|Handout|Courtesy|iStock|Unsplash|BBC|CNN|NTB|Yonhap|KCNA|Kyodo';

/** A line ending in a photo credit: "…Spencer Platt/Getty Images", "(AP Photo/Evan Vucci)", "…via Getty Images". */
const CREDIT_TAIL = new RegExp(
  `(?:(?:/|\\bvia |\\| |\\bby )\\s*(?:${AGENCIES})(?:\\s+via\\s+Getty Images)?\\)?|\\((?:AP|Reuters|AFP|EPA) Photo[^)]*\\)|\\((?:${AGENCIES})\\)|\\b(?:Getty Images|AP Photo/[^.]*|Alamy Stock Photo|Shutterstock))\\s*$`,
  'i',
);

/** A photographer's name of two or three words and the site's or agency's initials: "Joan Roe/VDR". */
const NAME_OVER_INITIALS = /^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){1,2}\s?\/\s?\p{Lu}{2,6}$/u;
/** "Name Surname/Agency" at the end of a line without final punctuation: the common credit shape. */
const SLASH_CREDIT = /\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*\s?\/\s?\p{Lu}[\p{L}-]*(?: [\p{Lu}&][\p{L}-]*)*\)?$/u;

/** Player and timestamp leftovers: "0:00", "1:23 / 4:56", "3 min read". */
const TIMESTAMP = /^(?:\d{1,2}(?::\d{2}){1,2}(?:\s*\/\s*\d{1,2}(?::\d{2}){1,2})?|\d+\s*min(?:ute)?s?(?: read| listen)?|\d+x|1x speed)$/i;
/** Reading or listening time: "Reading time: 4 minutes", "Lesezeit: 3 Min.", "Temps de lecture : 3 min", "3 Min. Lesezeit". */
const READING_TIME =
  /^(?:(?:estimated )?(?:reading|listening) time|lesezeit|lesedauer|hörzeit|temps de lecture|durée de lecture|lecture|écoute)\s*:?\s*(?:ca\.\s*|env\.\s*|environ\s*)?\d+\s*(?:min(?:ute)?s?|minuten|min)\.?$|^\d+\s*(?:min\.?|minuten|minutes?)\s+(?:lesezeit|lesedauer|de lecture|reading time)$/iu;

const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)|all rights reserved\.?$|^our standards:|trust principles\.?$/i;
const SEPARATOR = /^(?:[-–—_*=~•·]{3,}|(?:\* ?){3,})$/;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const CONTACT_ONLY = /^(?:[\w.+-]+@[\w-]+\.[\w.]+|\+?[\d()\s.-]{7,}|@\w+)$/;

/** Date stubs that scrapers keep ("Updated:", "Published: Nov. 1, 2024"). */
// (French and German too: "Publié le", "Mis à jour le", "Veröffentlicht am", a page's stub whose date the copy may have lost.)
const STUB_WORD = '(?:updated|published|posted|last updated|first published|last modified|modified|originally published|date|publiée?(?:\\s+le)?|mise?\\s+à\\s+jour(?:\\s+le)?|modifiée?(?:\\s+le)?|veröffentlicht(?:\\s+am)?|aktualisiert(?:\\s+am)?)';
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
const WEEKDAY = '(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\\.?,?';
/** A line that is only a date (and maybe a time): "Nov. 1, 2024", "Fri 1 Nov 2024 10.00 GMT", "11/01/2024 3:45 PM ET". */
const DATE_ONLY = new RegExp(
  `^(?:${WEEKDAY}\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})` +
    `(?:,?\\s*(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?$`,
  'i',
);

/** "Updated:", "Published: Nov. 1, 2024", "Updated Nov 1, 2024 10:00 AM": a stub word, then a colon or a date. */
// (Two stubs joined by a pipe, their dates lost: "Publié | Mis à jour".)
const DATE_STUB = new RegExp(`^(?:${STUB_WORD}\\s*\\|\\s*)?${STUB_WORD}(?:\\s+(?:on|at))?(?:\\s*:\\s*(.*)|\\s+(?=\\d|${MONTH}|${WEEKDAY})(.*)|)$`, 'i');

/** Closing credits: "X contributed to this report.", "Reporting by X; Editing by Y". */
const CREDIT_LINE =
  /(?:contributed(?: reporting)? to this (?:report|story|article)|contributed reporting)\.?\)?$|^\(?(?:additional )?(?:reporting|writing|editing|compiled|edited|produced|research|graphics|translation) by\b|^\(?(?:this (?:story|article|report) (?:was|has been) (?:updated|corrected|produced|edited|amended))/i;

/**
 * End-of-release markers after which only contacts and boilerplate follow: "###", "-30-", and the
 * word "end" alone in any decoration of dashes, slashes, stars or brackets ("- END -", "// end //", "(ENDS)").
 */
const END_MARKER = /^(?:#{3}|# # #|-?\s*30\s*-|[-–—/*=~#_(\[\s]*ends?[-–—/*=~#_)\]\s]*)$/i;

/**
 * A few words and a spaced dash, and nothing after it ("Straßburg -"): a dateline whose date the
 * copy moved to the next line, or a separator whose other half was lost. No sentence ends so.
 */
const DANGLING_DASH = /^\S+(?:\s+\S+){0,3}\s+[-–—]$/u;

/**
 * A paywall's prompt, ending the copy of a locked article: "Als Abonnent anmelden und kostenfrei
 * weiterlesen.", "Jetzt registrieren und weiterlesen", "Abonnez-vous pour lire la suite".
 */
const PAYWALL_PROMPT =
  /(?:anmelden|registrieren|abonnieren|einloggen)(?:[^.!?]{0,40})?\s+(?:kostenfrei\s+|kostenlos\s+|gratis\s+)?weiterlesen[.!]?$|^(?:connectez-vous|abonnez-vous|inscrivez-vous|identifiez-vous)\s+pour\s+(?:lire|continuer)\b[^.!?]*[.!]?$/iu;

/**
 * A teaser's link to the text it cut: "... Show Full Article", "Read the full story", "Continue
 * reading". The lines above it that come again after it are the teaser (parse-text.ts).
 */
const READ_ON_LINK = /^(?:\.{3}\s*|…\s*)?(?:(?:read|show|view|see) (?:the )?(?:full|whole|entire|complete)(?: article| story| text| post| release)?|continue reading(?: the main story)?|read more)[.!:…]*$/iu;
export function isReadOnLink(line: string): boolean {
  return READ_ON_LINK.test(line.trim());
}

export function isFurniture(line: string): boolean {
  if (DANGLING_DASH.test(line)) return true;
  if (PAYWALL_PROMPT.test(line) && words(line).length <= 16) return true;
  // A number alone on its line ("1" over a numbered section's heading, a gallery's or a list's
  // marker the copy split off): nothing a listener needs read.
  if (/^\s*\d{1,2}\s*$/u.test(line)) return true;
  // "> Les élus de votre région : … Revoyez l’émission": an arrow opening a short line points to
  // another page (a related link); a story's sentence never opens on ">".
  if (/^\s*>\s*\S/u.test(line) && words(line).length <= 30) return true;
  if (FURNITURE.test(line) || TIMESTAMP.test(line) || READING_TIME.test(line) || COPYRIGHT.test(line) || SEPARATOR.test(line) || URL_ONLY.test(line) || CONTACT_ONLY.test(line)) return true;
  // Prompts are short; a long line that happens to start the same way is a sentence.
  return (LINK_PROMPT.test(line) || CALL_TO_ACTION.test(line)) && words(line).length <= 25;
}

/** A caption that ends by saying what the picture is: "(file photo)", "(Archivbild)", "(photo d'archives)". */
const PICTURE_TAIL =
  /\((?:[^()]{0,40}[\s,;/])?(?:(?:file|archive|stock) (?:photo|picture|image)|photo|picture|foto|bild|archivbild|archivfoto|archivaufnahme|symbolbild|symbolfoto|photo d['’]archives?|image d['’]archives?|photo d['’]illustration)\)$/iu;

/** A caption ending in its credit in parentheses: "… in 2017 (Image: Harbour Trust)", "(Foto: Jane Roe)". */
const PAREN_CREDIT_TAIL = /\((?:photo|picture|image|foto|bild|crédit(?: photo)?|credits?|photo credit)\s*:\s*[^()]{1,60}\)$/iu;
/**
 * A caption ending on its credit field, no stop after it: "Aegidienkirche Hannover Bildrechte: StK",
 * "Der Hafen am Morgen Foto: Jane Roe", "… Jo Penn Credit: Valley Media". A sentence of the story ends on its stop.
 */
const CREDIT_FIELD_TAIL = /\s(?:bildrechte|bildquelle|bildnachweis|fotos?|foto credit|photo(?: credit)?|image credit|crédits? photos?|credit)\s?:\s?[^.!?:]{1,40}$/iu;
/**
 * A person's place in the picture right after the name, as captions give it: "Kai Wegner (Mitte) bei
 * seinem Auftritt", "Ministerpräsident X (links) mit …", "Jane Roe (left) and …", "(au centre)".
 * Prose says where people are, not where they stand in a photograph.
 */
const PLACED_IN_PICTURE = /\p{Lu}[\p{L}'’-]+\s\((?:Mitte|links|rechts|l\.|r\.|M\.|vorne|hinten|\d\.\s?v\.\s?[lr]\.|left|right|center|centre|front|back|à gauche|à droite|au centre)\)/u;
/** A logo's alternative text left by the copy: "Niedersachsen klar Logo", "Stadt Musterhausen Logo". */
const LOGO_ALT = /^(?:\S+\s+){1,5}(?:logo|Logo|LOGO)$/u;
/**
 * A logo's or an icon's alternative text with its description after it, as accessible pages write
 * it: "Valley Courier logo The words …", "Close icon Two crossed lines that form an 'X'." A sentence
 * about a logo goes on in lowercase after the noun ("The school logo was redrawn …").
 */
const DESCRIBED_LOGO_ALT = /^(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+){1,4}(?:logo|icon)\s+\p{Lu}\p{Ll}*\s/u;
/** An image's file name left by a copied figure: "Harbour at dawn.JPG", "Datei:Port.png". */
const IMAGE_FILE = /\.(?:jpe?g|png|gif|svg|webp|tiff?)$/iu;
/**
 * A caption says where the picture is: "…, shown here during a test, …", "pictured above", "(im
 * Bild)", "ci-dessus". A story about the world points at no picture.
 */
const PICTURE_DEIXIS =
  /(?<![\p{L}])(?:(?:shown|pictured|seen) (?:here|above|below|at (?:left|right))|(?:pictured|shown) (?:left|right)|hier im bild|auf dem bild|oben im bild|ci-dessus|ci-contre|sur la photo)(?![\p{L}])|\((?:pictured|im bild|photo ci-dessus)\)/iu;

/** A photo caption or a bare credit. Story sentences end with punctuation; captions end with the credit. */
/**
 * A pull quote's credit left alone when the quote box's text was lost in the copy: a dash, a
 * person's name of two to four words and maybe their role after a comma ("—Jane Roe, CEO of
 * Northwind."). Story prose never opens with a dash and a bare name; dialogue dashes ("— Oui,
 * dit-il.") are followed by speech, not by a full name alone.
 */
const PULL_QUOTE_CREDIT = /^[—―–]\s?(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+(?:,\s+[^.!?;:]{1,80})?\.?$/u;

/**
 * A press kit's note on the use of its picture: "Das Foto kann zu redaktionellen Zwecken verwendet
 * werden; Quelle: Bundespolizei.", "Photo courtesy of the City of Valmont", "The photo may be used free
 * of charge for editorial purposes.", "Photo libre de droits". A picture word and a press kit's terms
 * of use (not "may be used" alone: "The photos may be used in court, the judge said." is a story's).
 */
const PICTURE_WORD = /(?<![\p{L}])(?:fotos?|bild(?:er)?|photos?|images?|pictures?|illustrations?)(?![\p{L}])/iu;
const USE_TERMS =
  /(?<![\p{L}])(?:courtesy|free of charge|for editorial (?:use|purposes)|(?:zu )?redaktionellen? (?:zwecken|nutzung|verwendung)|honorarfrei|libre de droits|usage (?:éditorial|rédactionnel))(?![\p{L}])/iu;

export function isCaption(line: string): boolean {
  if (CAPTION_LEAD.test(line) || PICTURE_TAIL.test(line) || PAREN_CREDIT_TAIL.test(line)) return true;
  if (words(line).length <= 30 && PICTURE_WORD.test(line) && USE_TERMS.test(line)) return true;
  if (PULL_QUOTE_CREDIT.test(line.trim()) && words(line).length <= 16) return true;
  if (IMAGE_FILE.test(line) && words(line).length <= 20) return true;
  if (CREDIT_FIELD_TAIL.test(line.trim()) && words(line).length <= 30) return true;
  if (LOGO_ALT.test(line.trim()) || (DESCRIBED_LOGO_ALT.test(line.trim()) && words(line).length <= 40)) return true;
  if (PLACED_IN_PICTURE.test(line) && words(line).length <= 35) return true;
  // A sentence that points at its picture is a caption when it is short, as captions are.
  if (PICTURE_DEIXIS.test(line) && words(line).length <= 35) return true;
  if (/[.!?"”’]$/.test(line) && !/\)$/.test(line)) return false;
  // A bare "Name/Agency" is also how headings like "Israel/Gaza Conflict" look: only long lines
  // qualify, or a person's name over the site's initials ("Joan Roe/VDR"), which no heading is.
  return CREDIT_TAIL.test(line) || (SLASH_CREDIT.test(line) && words(line).length >= 8) || NAME_OVER_INITIALS.test(line.trim());
}

/**
 * A photo credit and nothing else: "Foto: Agentur/Name", "Photo: Jane Roe", "Bild: dpa", "Credit: Jane Roe, USGS". The
 * caption it credits is then printed on the lines above it, not after the colon.
 */
export function isBareCredit(line: string): boolean {
  const lead = CAPTION_LEAD.exec(line);
  if (!lead || !/(?:photo|foto|bild|image|picture|cr[ée]dit)/iu.test(lead[0])) return false;
  const rest = line.slice(lead[0].length).trim();
  return rest !== '' && words(rest).length <= 5 && !/[.!?]$/.test(rest);
}

/** "Updated: …" stubs are junk wherever they appear. */
export function isDateStub(line: string): boolean {
  return DATE_STUB.test(line) && words(line).length <= 14;
}

/** A line that is only a date: a dateline in the header. */
export function isDateOnly(line: string): boolean {
  return DATE_ONLY.test(line);
}

/** The date part of a date stub ("Published: Nov. 1, 2024" → "Nov. 1, 2024"), or null when it only says "Updated:". */
export function dateOf(line: string): string | null {
  const stub = DATE_STUB.exec(line);
  const value = (stub ? stub[1] ?? stub[2] ?? '' : line).trim();
  return value === '' ? null : value;
}

// German "Von …" and French "Par …" also open sentences and headings ("Von Berlin nach Rom"), so only
// a name of two to four capitalised words qualifies, maybe a second one and a role after a comma.
// Compiled once: bylineOf runs on every line of every article.
const BYLINE_NAME = "\\p{Lu}[\\p{L}'’.-]*(?: (?:von|van|de|du|der|le|la|zu) )?(?: ?\\p{Lu}[\\p{L}'’.-]*){1,3}";
// Sites also set it in lower case ("par LeHuffPost", "von Anna Schmidt"): a line never opens a
// sentence in lower case, so the name's rule alone decides there too.
const LOCAL_BYLINE = new RegExp(`^(?:Von|VON|von|Par|PAR|par)\\s+(${BYLINE_NAME}(?:\\s+(?:und|et|and)\\s+${BYLINE_NAME})?)(?:\\s*[,|/(–—-]\\s*[^.!?]*)?$`, 'u');

/** A byline: "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe | Reporter". */
export function bylineOf(line: string): string | null {
  const by = /^(?:by|By|BY)[:\s]+(\p{Lu}.*)$/u.exec(line);
  if (by && words(line).length <= 16 && !/[.!?]$/.test(line.replace(/\b(?:\p{Lu}|Jr|Sr|Dr|St)\.$/u, ''))) return by[1]!.trim();
  const author = /^(?:[Aa]uthor|[Ww]ritten by|[Ww]ords by|[Ss]tory by|[Aa]utor(?:in)?|[Aa]uteur|[Tt]exte)s?\s*[:\s]\s*(\p{Lu}.*)$/u.exec(line);
  if (author && words(line).length <= 16 && !/[.!?]$/.test(line)) return author[1]!.trim();
  // With its colon the label says what follows, whatever its case: "Auteur : la capitaine Marine
  // Rabasté - publié le" (a rank before the name; an author box's date left empty).
  const labelled = /^(?:[Aa]uthor|[Aa]utor(?:in)?|[Aa]uteur)s?\s*:\s*(\p{L}.*)$/u.exec(line);
  if (labelled && words(line).length <= 16 && !/[.!?]$/.test(line)) return labelled[1]!.trim();
  // The issuing office of a government or agency release: "From: Department for Transport".
  const from = /^(?:From|Herausgeber(?:in)?|Émetteur)\s?:\s*(\p{Lu}.*)$/u.exec(line);
  if (from && words(line).length <= 12 && !/[.!?]$/.test(line)) return from[1]!.trim();
  // Who made an interview: "Propos recueillis par X", "Das Interview führte X", "Interview: X".
  const interviewer = /^(?:Propos recueillis par|Entretien réalisé par|(?:Das )?(?:Interview|Gespräch) führte|Interview(?:ed)? by|Interview\s?:)\s+(\p{Lu}[^.!?]*)$/iu.exec(line);
  if (interviewer && words(line).length <= 12) return interviewer[1]!.trim();
  const local = LOCAL_BYLINE.exec(line);
  if (local && words(line).length <= 16) return local[1]!.trim();
  return null;
}

/** A byline's label alone on its line, the name on the next ("Written by:" / "Jane Doe", "Geschrieben von:"). */
const BYLINE_LABEL = /^[-–•*]?\s*(?:by|written by|words by|story by|authors?|autor(?:in|en)?|geschrieben von|verfasst von|text|von|auteur(?:e|s)?|par|rédigé par|écrit par|publié par)\s?:?\s*$/iu;

/**
 * Marks the name under a byline's label alone on its line, and the label, as the byline (in place):
 * the name alone would read as a heading, the label as a line of text.
 */
export function bylinesUnderLabels(lines: string[], kinds: { kind: string; reason: string }[]): void {
  lines.forEach((line, i) => {
    const name = lines[i + 1]?.replace(/^[-–•*]\s*/u, '');
    if (!BYLINE_LABEL.test(line.trim()) || name === undefined || !isNameOnly(name) || kinds[i + 1]!.kind !== 'content') return;
    kinds[i] = { kind: 'junk', reason: 'byline' };
    kinds[i + 1] = { kind: 'byline', reason: 'byline' };
  });
}

/** A line that is only a person's name (2–4 capitalised words): a byline when it sits in the header. */
export function isNameOnly(line: string): boolean {
  const parts = words(line);
  if (parts.length < 2 || parts.length > 4) return false;
  return parts.every((p) => /^\p{Lu}[\p{L}'’.-]*$/u.test(p) || /^(?:de|van|von|der|da|bin|al|la|le)$/.test(p)) && !/[.!?:]$/.test(line.replace(/\b\p{Lu}\.$/u, ''));
}

export function isCredit(line: string): boolean {
  return CREDIT_LINE.test(line) && words(line).length <= 60;
}

export function isEndMarker(line: string): boolean {
  return END_MARKER.test(line);
}

/**
 * The wire dateline that opens agency and press-release copy: "KYIV, Nov 1 (Reuters) - ",
 * "WASHINGTON (AP) — ", "NEW YORK, Nov. 1, 2024 /PRNewswire/ -- ". Returns its length, or 0.
 * It is not spoken (the credit in it is junk) and becomes the Article's dateline.
 */
export function wireDatelineLength(paragraph: string): number {
  const m =
    /^(?:\p{Lu}[\p{Lu}\p{M}.'’ -]*\p{Lu}\.?(?:,\s*[\p{L}. ]{2,30})?(?:,\s*[^()\/]{3,30}?)?\s*(?:\((?:Reuters|AP|AFP|Bloomberg|UPI|dpa|Xinhua|CNN|IANS|PTI|ANI|Yonhap|Kyodo|TASS|RIA|EFE|ANSA|AAP|CP|The Canadian Press|BUSINESS WIRE|PRNewswire|GLOBE NEWSWIRE)\)|\/\s*(?:PRNewswire|PR Newswire|GLOBE NEWSWIRE|Globe Newswire|BUSINESS WIRE|Business Wire|ACCESSWIRE|EINPresswire)(?:-\w+)?\s*\/)\s*(?:-{1,2}|–|—)\s*)/u.exec(
      paragraph,
    );
  if (m) return m[0].length;
  // "(Reuters) - " alone at the start.
  const bare = /^\((?:Reuters|AP|AFP|Bloomberg)\)\s*(?:-{1,2}|–|—)\s*/.exec(paragraph);
  return bare ? bare[0].length : 0;
}
