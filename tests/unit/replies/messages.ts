/**
 * Client messages for the reply matrix: one demanding sentence per flag and language, with the
 * words that carry it, and a way to join several into one email with correct evidence offsets.
 */
import { FLAG_IDS, type Analysis, type FlagId } from '../../../src/shared/types';
import { analysis } from './helpers';

type Piece = { text: string; evidence: string[] };

export const PIECES: Record<'en' | 'nl', Record<FlagId, Piece>> = {
  en: {
    discount_pressure: { text: 'The quote is more than we planned. Could you do it for €2,500 instead?', evidence: ['Could you do it for €2,500 instead?'] },
    free_extras: { text: "While you're at it, please add three extra pages at no cost, that should be included.", evidence: ['add three extra pages at no cost', 'that should be included'] },
    abusive_language: { text: 'This is the most useless work I have ever seen, a child could do better, you idiot.', evidence: ['you idiot', 'a child could do better', 'useless work'] },
    refund_demand: { text: 'I want a full refund of my money.', evidence: ['I want a full refund'] },
    threat: { text: 'If this is not fixed I will take you to court and post bad reviews everywhere.', evidence: ['take you to court', 'post bad reviews everywhere'] },
    guarantee_demand: { text: 'I need you to guarantee this will double our sales.', evidence: ['guarantee this will double our sales'] },
    deadline_pressure: { text: 'I need the whole site finished by tomorrow morning.', evidence: ['finished by tomorrow morning'] },
    boundary_intrusion: { text: 'Please deliver the flowers on Sunday at 8.', evidence: ['deliver the flowers on Sunday'] },
    payment_stalling: { text: 'I would rather not pay the 20% deposit, I will pay everything at the end.', evidence: ['rather not pay the 20% deposit'] },
    excessive_contact: { text: 'I have called you five times today, I need an update every hour.', evidence: ['called you five times today', 'update every hour'] },
    guilt_tripping: { text: 'After everything I have done for you, I thought we were friends.', evidence: ['After everything I have done for you', 'I thought we were friends'] },
  },
  nl: {
    discount_pressure: { text: 'De offerte is hoger dan we dachten. Kan het voor € 2.500?', evidence: ['Kan het voor € 2.500?'] },
    free_extras: { text: "Als je toch bezig bent, kun je er even gratis drie pagina's bij maken, dat hoort er toch bij.", evidence: ["gratis drie pagina's bij maken", 'dat hoort er toch bij'] },
    abusive_language: { text: 'Dit is waardeloos werk, een kind kan het beter, stomme prutser.', evidence: ['stomme prutser', 'een kind kan het beter', 'waardeloos werk'] },
    refund_demand: { text: 'Ik wil mijn geld terug, het hele bedrag.', evidence: ['Ik wil mijn geld terug'] },
    threat: { text: 'Anders stap ik naar mijn advocaat en zet ik overal slechte reviews.', evidence: ['stap ik naar mijn advocaat', 'overal slechte reviews'] },
    guarantee_demand: { text: 'Ik wil de garantie dat dit onze omzet verdubbelt.', evidence: ['de garantie dat dit onze omzet verdubbelt'] },
    deadline_pressure: { text: 'De hele site moet morgenochtend af zijn.', evidence: ['moet morgenochtend af zijn'] },
    boundary_intrusion: { text: 'Kun je de bloemen op zondag om 8 uur bezorgen?', evidence: ['op zondag om 8 uur bezorgen'] },
    payment_stalling: { text: 'Die aanbetaling van 20 procent betaal ik liever niet, alles aan het eind.', evidence: ['aanbetaling van 20 procent betaal ik liever niet'] },
    excessive_contact: { text: 'Ik heb je vandaag al vijf keer gebeld, ik wil elk uur een update.', evidence: ['vijf keer gebeld', 'elk uur een update'] },
    guilt_tripping: { text: 'Na alles wat ik voor je heb gedaan, dacht ik dat we vrienden waren.', evidence: ['Na alles wat ik voor je heb gedaan', 'dacht ik dat we vrienden waren'] },
  },
};

/** One email carrying the given flags, in the given language, as the classifier would report it. */
export function message(lang: 'en' | 'nl', flags: readonly FlagId[]): Analysis {
  const pieces = flags.map((id) => PIECES[lang][id]);
  const text = [lang === 'en' ? 'Hi Sam,' : 'Hoi Sam,', ...pieces.map((p) => p.text), lang === 'en' ? 'Regards, Anna' : 'Groet, Anna'].join('\n');
  return analysis(text, lang, flags.map((id, i): [FlagId, ...string[]] => [id, ...pieces[i]!.evidence]));
}

export const SINGLES: FlagId[][] = FLAG_IDS.map((id) => [id]);

export const PAIRS: FlagId[][] = FLAG_IDS.flatMap((a, i) => FLAG_IDS.slice(i + 1).map((b) => [a, b]));

/** The combinations clients actually write, and the heaviest ones. */
export const TRIPLES: FlagId[][] = [
  ['abusive_language', 'threat', 'refund_demand'],
  ['discount_pressure', 'guilt_tripping', 'payment_stalling'],
  ['free_extras', 'deadline_pressure', 'boundary_intrusion'],
  ['refund_demand', 'threat', 'guilt_tripping'],
  ['boundary_intrusion', 'excessive_contact', 'deadline_pressure'],
  ['guarantee_demand', 'discount_pressure', 'deadline_pressure'],
  ['payment_stalling', 'guilt_tripping', 'excessive_contact'],
  ['abusive_language', 'excessive_contact', 'deadline_pressure'],
  ['free_extras', 'discount_pressure', 'guilt_tripping'],
  ['threat', 'payment_stalling', 'abusive_language'],
];

export const EVERYTHING: FlagId[][] = [[...FLAG_IDS]];
