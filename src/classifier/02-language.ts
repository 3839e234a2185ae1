/**
 * Stage 2: English, Dutch, or "other".
 * Kalm only needs to tell two languages apart and to notice a third, so a function-word profile
 * (a few hundred bytes) does the job that a general 80-language detector would do at 100× the
 * bundle size. When function words do not decide (fewer than two apart: a short message, or one with
 * words both languages share), the letters of the first words (language-letters.ts) and the words
 * only one language's lexicon knows decide, with the function words beside them.
 */
import type { Lang } from '../shared/types';
import type { Word } from './words';
import { letterLean, loadLanguageLetters, type LanguageLetters } from './language-letters';
import { LANGUAGE_LETTERS } from './model/language-letters.generated';
import { en as EN_LEXICON } from './lexicon/en';
import { nl as NL_LEXICON } from './lexicon/nl';
import { foldText } from './fold';
import type { Lexicon } from './lexicon/types';

const EN = new Set(('the a an and or but is are was were be been am i you your yours u ur he she it we they me my our ' +
  'this that these those to of in on at for with from by about as if not no do does did don\'t can can\'t could ' +
  'would will won\'t should have has had what when where why how which who there here just so too very ' +
  'please thanks thank hi hello dear regards any some all more less than then out up get got want over even').split(' '));
const NL = new Set(('de het een en of maar is zijn was waren ben bent ik je jij jou jouw u uw hij zij ze wij we ' +
  'mij me mijn ons onze dit dat deze die naar van in op aan voor met uit bij over als niet geen doe doet ' +
  'kan kun kunt kunnen zou zal wil wilt heb hebt heeft had wat wanneer waar waarom hoe wie er hier ' +
  'toch even graag bedankt dank hoi hallo beste groet groeten alle meer minder dan nog ook wel al echt ' +
  'maar moet moeten gaat gaan wordt worden mag ff zo heel jullie hen hun hem haar zij werd werden wou wilde ' +
  'hebben zal zullen mijn zich omdat want toen nu altijd nooit niks niets iets iemand niemand allemaal weet ' +
  'gewoon eigenlijk misschien alleen zelfs tegen zonder onder door tussen sinds tot binnen buiten waarom ' +
  'maken doen zeggen komen ga kom zie te nou eens ja nee').split(' '));
// Function words of nearby languages, so German or French mail is reported as "other", not guessed.
const OTHER = new Set(('der und ist nicht ich sie wir ihr mit auf für das ein eine den dem sind haben ' +
  'le la les et est une des pour pas vous nous avec sur dans que qui ce avez suis sont notre votre mais merci bonjour ' +
  'bitte danke sehr nicht auch noch wird werden hola gracias usted nuestro porque ' +
  'el los las y es por para con una del como pero muy ' +
  'il della che non sono per una gli').split(' '));

/** Each function word's lists as bits (EN_BIT, NL_BIT, OTHER_BIT): one lookup per word instead of three. */
const EN_BIT = 1, NL_BIT = 2, OTHER_BIT = 4;
const LISTS = new Map<string, number>();
for (const [set, bit] of [[EN, EN_BIT], [NL, NL_BIT], [OTHER, OTHER_BIT]] as const) for (const w of set) LISTS.set(w, (LISTS.get(w) ?? 0) | bit);

// Letters of scripts other than Latin (Greek, Cyrillic, Hebrew, Arabic, Indic, CJK, Hangul).
const NON_LATIN = /[\u0370-\u1fff\u2e80-\ud7ff]/g;
const DEFAULT_LETTERS = loadLanguageLetters(LANGUAGE_LETTERS);
/** A difference of this many function words decides alone. */
const CLEAR = 2;
/** One function word more of a language counts as this much letter evidence (log-odds). */
const FUNCTION_WORD_WEIGHT = 3;
/** The letters of this many words are read at most. */
const LETTER_WORDS = 60;
/** A word only one language's lexicon knows ("sukkel", "pathetic") counts as this much (log-odds). */
const LEXICON_WORD_WEIGHT = 8;

/**
 * The single words of each lexicon (insults, swear words, the flags' cue words) that the other
 * lexicon lacks: a short message is often only such words ("Stomme trut!", "Pathetic clown.").
 * Made on first need, from lists the bundle holds anyway.
 */
let lexiconWords: { en: Set<string>; nl: Set<string> } | undefined;
function wordsOf(lex: Lexicon): Set<string> {
  const all = [...lex.profanity, ...lex.hostile, ...Object.values(lex.flags).flatMap((f) => f.cue)];
  return new Set(all.map(foldText).filter((w) => /^[a-z]+$/.test(w)));
}
function onlyIn(): { en: Set<string>; nl: Set<string> } {
  if (!lexiconWords) {
    const en = wordsOf(EN_LEXICON), nl = wordsOf(NL_LEXICON);
    lexiconWords = { en: new Set([...en].filter((w) => !nl.has(w))), nl: new Set([...nl].filter((w) => !en.has(w))) };
  }
  return lexiconWords;
}

/** Detect the language from the text's words (the first 1,000 are enough). */
export function detectLanguage(text: string, words: readonly { norm: string; word: Word }[], letters: LanguageLetters = DEFAULT_LETTERS): Lang {
  let en = 0, nl = 0, other = 0, latinWords = 0;
  const n = Math.min(words.length, 1000);
  for (let i = 0; i < n; i++) {
    const w = words[i]!.norm;
    const c = w.charCodeAt(0);
    if ((c >= 97 && c <= 122) || c === 39 || c === 35) latinWords++; // a–z, ' or #
    const word = words[i]!.word;
    if (word.lists < 0) word.lists = LISTS.get(w) ?? 0;
    const bits = word.lists;
    if (bits & EN_BIT) en++;
    if (bits & NL_BIT) nl++;
    if (bits & OTHER_BIT) other++;
  }
  if (n === 0) return 'other';
  if (latinWords < n / 2) {
    const sample = text.slice(0, 5000);
    if ((sample.match(NON_LATIN)?.length ?? 0) > latinWords) return 'other';
  }
  // Many foreign function words and few of ours: another language.
  if (other >= 3 && other > Math.max(en, nl)) return 'other';
  // Words shared by both lists ("in", "is", "we") count for both; the difference decides when it is clear.
  if (Math.abs(en - nl) >= CLEAR) return en > nl ? 'en' : 'nl';
  // Few function words, or as many of each: the letters of the first words decide, with the
  // function words' difference as strong evidence beside them.
  let lean = FUNCTION_WORD_WEIGHT * (nl - en);
  const only = onlyIn();
  for (let i = 0; i < Math.min(n, LETTER_WORDS); i++) {
    const w = words[i]!.norm;
    lean += letterLean(words[i]!.word, letters) + LEXICON_WORD_WEIGHT * lexiconSide(w, only);
  }
  return lean > 0 ? 'nl' : 'en';
}

/**
 * 1 when only the Dutch lexicon knows the word, -1 when only the English one does, else 0. A long
 * word is also read as a compound ending in a listed word ("kutmongool", "scumbag").
 */
function lexiconSide(w: string, only: { en: Set<string>; nl: Set<string> }): number {
  const side = (x: string) => (only.nl.has(x) ? 1 : only.en.has(x) ? -1 : 0);
  const whole = side(w);
  if (whole !== 0 || w.length < 8) return whole;
  for (let cut = 3; w.length - cut >= 5; cut++) {
    const tail = side(w.slice(cut));
    if (tail !== 0) return tail;
  }
  return 0;
}
