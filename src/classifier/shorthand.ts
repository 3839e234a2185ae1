/**
 * Chat shorthand read as the word it stands for: "can u do 40", "let me know ur lowest", "im not
 * paying", "stuur ff mn factuur". Marketplace and WhatsApp messages are written this way, and
 * the phrases and the model know the full words. Only forms that stand for one word and are
 * rarely anything else: English "ill" (ill/I'll), "id", "were" and "its" are left alone, and so
 * is Dutch "u", which is the polite "you" itself.
 */
import type { Lang } from '../shared/types';

const SHORTHAND: Record<'en' | 'nl', ReadonlyMap<string, string>> = {
  en: new Map([
    ['u', 'you'], ['ya', 'you'], ['ur', 'your'], ['pls', 'please'], ['plz', 'please'], ['thx', 'thanks'],
    ['tmrw', 'tomorrow'], ['tmrow', 'tomorrow'], ['cuz', 'because'], ['bc', 'because'],
  ]),
  nl: new Map([
    ['ff', 'even'], ['mn', 'mijn'], ["m'n", 'mijn'], ['zn', 'zijn'], ["z'n", 'zijn'], ['nie', 'niet'],
    ['wa', 'wat'], ['aub', 'alstublieft'], ['svp', 'alstublieft'],
  ]),
};

/** Contractions without their apostrophe: the model knows them as written, the phrases as meant. */
const CONTRACTIONS: ReadonlyMap<string, string> = new Map([
  ['im', "i'm"], ['ive', "i've"], ['youre', "you're"], ['cant', "can't"], ['dont', "don't"], ['wont', "won't"],
  ['isnt', "isn't"], ['arent', "aren't"], ['wasnt', "wasn't"], ['doesnt', "doesn't"], ['didnt', "didn't"],
  ['couldnt', "couldn't"], ['wouldnt', "wouldn't"], ['shouldnt', "shouldn't"], ['havent', "haven't"],
  ['thats', "that's"], ['whats', "what's"],
]);

/** The word a shorthand form stands for, or undefined (most words); contractions only when asked. */
export function shorthandOf(norm: string, lang: Lang, contractions = true): string | undefined {
  if (lang === 'other') return undefined;
  return SHORTHAND[lang].get(norm) ?? (contractions && lang === 'en' ? CONTRACTIONS.get(norm) : undefined);
}
