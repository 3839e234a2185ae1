/**
 * The five situations of the seed articles (../shared/seeds/), as the classifier would report
 * them, in English and Dutch. The replies to these are the product's showcase.
 */
import type { Analysis } from '../../../src/shared/types';
import { analysis } from './helpers';

export interface Seed {
  id: string;
  /** Where in the articles the situation comes from. */
  source: string;
  sender: string;
  en: Analysis;
  nl: Analysis;
}

export const SEEDS: Seed[] = [
  {
    id: 'refund-under-threat',
    source: '000: a client demands a full refund for an app and threatens to sue',
    sender: 'Laura Mills',
    en: analysis(
      'Hi Sam,\nThe app you built does not follow my instructions at all. I want a full refund of the €4,000 I paid. If I do not have it this week, I will sue you.\nLaura',
      'en',
      [
        ['refund_demand', 'I want a full refund of the €4,000 I paid'],
        ['threat', 'I will sue you'],
      ],
    ),
    nl: analysis(
      'Hoi Sam,\nDe app die je hebt gebouwd volgt mijn instructies helemaal niet. Ik wil de volledige € 4.000 terug. Als ik het deze week niet heb, klaag ik je aan.\nLaura',
      'nl',
      [
        ['refund_demand', 'Ik wil de volledige € 4.000 terug'],
        ['threat', 'klaag ik je aan'],
      ],
    ),
  },
  {
    id: 'price-cut-at-signing',
    source: '000: about to sign, the client suddenly wants a lower price for the same service',
    sender: 'Tom Baker',
    en: analysis(
      'Hello Sam,\nWe are ready to sign the contract. Before we do, could you bring the price down to €3,000? We would still need the full package.\nBest, Tom',
      'en',
      [['discount_pressure', 'could you bring the price down to €3,000?', 'We would still need the full package']],
    ),
    nl: analysis(
      'Hallo Sam,\nWe staan op het punt het contract te tekenen. Kan de prijs nog omlaag naar € 3.000? We willen wel het volledige pakket.\nGroet, Tom',
      'nl',
      [['discount_pressure', 'Kan de prijs nog omlaag naar € 3.000?', 'We willen wel het volledige pakket']],
    ),
  },
  {
    id: 'sunday-delivery',
    source: '001: "we are not open on Sunday, so that is not an option"',
    sender: 'Kim Jansen',
    en: analysis(
      'Hello,\nI need my order delivered on Sunday, that is the only day I am at home.\nKim',
      'en',
      [['boundary_intrusion', 'delivered on Sunday']],
    ),
    nl: analysis(
      'Goedemiddag,\nKunt u mijn bestelling op zondag bezorgen? Dat is de enige dag dat ik thuis ben.\nMet vriendelijke groet, Kim Jansen',
      'nl',
      [['boundary_intrusion', 'op zondag bezorgen']],
    ),
  },
  {
    id: 'deposit-refused',
    source: '001: "we ask a 20 percent deposit before starting the project"',
    sender: 'Robin Hart',
    en: analysis(
      "Hi Sam,\nHappy to get started, but I'm not paying a 20% deposit up front. You will get the full amount when the work is done.\nCheers, Robin",
      'en',
      [['payment_stalling', "I'm not paying a 20% deposit up front"]],
    ),
    nl: analysis(
      'Hoi Sam,\nLeuk dat we gaan beginnen, maar ik betaal geen aanbetaling van 20% vooraf. Je krijgt alles als het werk klaar is.\nGroet, Robin',
      'nl',
      [['payment_stalling', 'ik betaal geen aanbetaling van 20% vooraf']],
    ),
  },
  {
    id: 'offensive-language',
    source: '001: "I am not comfortable talking with you while you use offensive language; let us take a break"',
    sender: 'Chris Dale',
    en: analysis(
      'Are you completely stupid? This is garbage, a child could have done it better. Fix it NOW.',
      'en',
      [['abusive_language', 'Are you completely stupid?', 'This is garbage', 'a child could have done it better', 'NOW']],
    ),
    nl: analysis(
      'Ben je nou helemaal gek geworden? Dit is rommel, een kind had het beter gedaan. Fix het NU.',
      'nl',
      [['abusive_language', 'Ben je nou helemaal gek geworden?', 'Dit is rommel', 'een kind had het beter gedaan', 'NU']],
    ),
  },
];
