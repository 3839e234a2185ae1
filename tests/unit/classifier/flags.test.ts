/**
 * What a user sees of the classifier: each demanding pattern caught in English and Dutch, with
 * the words that show it; ordinary mail that uses the same words calmly gets no flag.
 * Every message here was written for this test (not taken from any evaluation set).
 */
import { describe, expect, test } from 'vitest';
import { analyze, analyzeWith, DEFAULT_DECISION, getLetterModel } from '../../../src/classifier/index';
import { loadModel } from '../../../src/classifier/model/format';
import { MODEL } from '../../../src/classifier/model/model.generated';
import { featurize } from '../../../src/classifier/features';
import { clauseAround, scoreFlags, tokenContributions } from '../../../src/classifier/04-score';
import { writerSays } from '../../../src/classifier/03-match';
import type { CalmReading } from '../../../src/classifier/lexicon/types';
import { clauseBreakIn, tokenize } from '../../../src/classifier/tokenize';
import { FLAG_IDS, type FlagId } from '../../../src/shared/types';

type Case = [text: string, flag: FlagId, evidenceHas: string];

const EN: Case[] = [
  ['Honestly €2,400 is way too expensive for a logo. Another designer quoted me half of that, so can you do it for less?', 'discount_pressure', 'too expensive'],
  ['hi is the bike still available? would you take 150 cash if i pick it up today', 'discount_pressure', 'would you take 150'],
  ['While you are at it, could you also design the flyer and two banners? That should be included, right?', 'free_extras', 'at it'],
  ['Just one more small change to the homepage, then three more pages at no extra cost please.', 'free_extras', 'one more small change'],
  ['Are you completely stupid? Even a child could have done this better, you useless amateur.', 'abusive_language', 'stupid'],
  ['I want a full refund of everything I paid, today.', 'refund_demand', 'full refund'],
  ['How do I get my money back for order 5521? The jacket never arrived.', 'refund_demand', 'money back'],
  ['If this is not fixed by Friday I will contact my lawyer and leave a one star review everywhere.', 'threat', 'lawyer'],
  ['The logo is not what we asked for. Fix it by Friday or I will post a 1-star review everywhere.', 'threat', 'post a 1-star review'],
  ['Before we sign, I need you to guarantee that the campaign will double our sales. If it does not work, you are responsible.', 'guarantee_demand', 'guarantee'],
  ['I need the complete website finished by tomorrow morning, no excuses. Drop everything else.', 'deadline_pressure', 'tomorrow morning'],
  ['I know you are on holiday, but please call me tonight at 11pm and plan to deliver on Sunday.', 'boundary_intrusion', 'on holiday'],
  ['We are not paying a deposit. We will pay the invoice next month, once our client pays us.', 'payment_stalling', 'deposit'],
  ['I have called you five times today. Why haven\'t you answered? I want an update every hour from now on.', 'excessive_contact', 'five times'],
  ['After everything I have done for you, I thought we were friends. I recommended you to everyone I know.', 'guilt_tripping', 'After everything'],
];

const NL: Case[] = [
  ['€ 1.800 voor een website vind ik echt te duur. De concurrent doet het voor de helft, kan het goedkoper?', 'discount_pressure', 'te duur'],
  ['Dit is prutswerk. Jij bent echt een waardeloze amateur en een oplichter, klootzak.', 'abusive_language', 'amateur'],
  ['Ik wil mijn geld terug. Stort het volledige bedrag binnen drie dagen terug op mijn rekening.', 'refund_demand', 'geld terug'],
  ['Als dit niet vandaag geregeld is, schakel ik mijn advocaat in en zet ik een negatieve review op Google.', 'threat', 'advocaat'],
  ['Als het niet vandaag opgelost is, krijg je van mij een 1-ster review op Google.', 'threat', '1-ster review'],
  ['Kun je nog even snel twee extra pagina\'s erbij doen? Dat hoort er toch gewoon bij.', 'free_extras', 'hoort er toch gewoon bij'],
  ['Ik wil dat je garandeert dat we bovenaan in Google komen, anders ben jij verantwoordelijk.', 'guarantee_demand', 'garandeert'],
  ['De hele webshop moet morgen klaar zijn, zo snel mogelijk dus. Laat alles vallen.', 'deadline_pressure', 'zo snel mogelijk'],
  ['Ik weet dat je op vakantie bent, maar bel me vanavond om 23:00 en lever het zondag op.', 'boundary_intrusion', 'op vakantie'],
  ['Een aanbetaling vind ik onnodig. Ik betaal de factuur volgende maand, als mijn klant betaald heeft.', 'payment_stalling', 'volgende maand'],
  ['Ik heb je al vijf keer gebeld. Waarom reageer je niet? Ik wil elk uur een update.', 'excessive_contact', 'vijf keer gebeld'],
];

const CALM_EN = [
  'Thanks for the quote of €2,400, that works for us. Please send the contract and we will sign this week.',
  'Our refund policy is attached for your records. Let me know if you have any questions.',
  'Hi Sam, the launch is planned for 3 March. Does that still work for you? No rush at all.',
  'Have a lovely weekend, and thanks again for the great work on the brochure.',
  'Invoice 2024-031 has been paid today as agreed. Looking forward to the next project.',
  'Our lawyer reviewed the contract and everything looks fine. Shall we schedule a call on Tuesday at 10?',
  'Could you leave us a review if you were happy with the service? It helps a small business like ours.',
  'What would a logo with two rounds of revisions cost? We are a small bakery starting in June.',
];

const CALM_NL = [
  'Dank voor de offerte van € 2.400, dat is akkoord. Stuur je het contract, dan tekenen we deze week.',
  'Fijn weekend alvast, en nogmaals bedankt voor het mooie werk aan de folder.',
  'De factuur is vandaag betaald zoals afgesproken. Tot de volgende opdracht.',
  'De oplevering staat gepland voor 3 maart. Past dat nog in je planning? Geen haast hoor.',
  'Ons retourbeleid staat in de bijlage. Laat gerust weten als je vragen hebt.',
  'Wat kost een logo met twee correctierondes? We starten in juni met een kleine bakkerij.',
  // An introduction, not leverage; a head count, not a bid.
  'Wij zijn een kleine stichting in Utrecht en zoeken een fotograaf voor ons jaarverslag.',
  'Voor 2 in plaats van 3 personen graag, de rest blijft hetzelfde.',
];

function flagsOf(text: string) {
  return analyze(text).flags.map((f) => f.id);
}

/** The words shown as evidence for a flag, or undefined when the flag is not raised. */
function evidenceOf(text: string, flag: FlagId) {
  return analyze(text).flags.find((f) => f.id === flag)?.evidence.map((e) => e.text);
}

/** Whether the phrase layer reads an un-negated strong phrase of `flag` in the text (the model may still disagree). */
const holdsPhrase = (text: string, lang: 'en' | 'nl', flag: FlagId) =>
  featurize(text, lang).hits.some((h) => h.flag === flag && h.tier === 'strong' && !h.negated);

/** Whether the writer's words carry a calm reading (lexicon/types.ts, CalmReadings) anywhere in the text. */
const reads = (reading: CalmReading, text: string, lang: 'en' | 'nl') => writerSays(reading, tokenize(text), lang);

/** A test per line: the line raises `flag`, or (with `not`) does not. */
function raises(flag: FlagId, texts: string[]) {
  test.each(texts)(`${flag}: %s`, (text) => expect(flagsOf(text)).toContain(flag));
}
function neverRaises(flag: FlagId, texts: string[]) {
  test.each(texts)(`no ${flag}: %s`, (text) => expect(flagsOf(text)).not.toContain(flag));
}

/**
 * A test per line: the phrase layer reads a phrase of `flag` in it. For lines where the phrase is
 * read but the model does not (yet) agree strongly enough to flag the line on its own.
 */
function readsPhrase(flag: FlagId, lang: 'en' | 'nl', texts: string[]) {
  test.each(texts)(`a ${flag} phrase: %s`, (text) => expect(holdsPhrase(text, lang, flag)).toBe(true));
}

/** A test per line: the line raises `flag` and shows exactly these words among its evidence. */
function showsWords(flag: FlagId, cases: [text: string, words: string][]) {
  test.each(cases)('%s', (text, words) => expect(evidenceOf(text, flag)).toContain(words));
}

describe.each([['English', EN, 'en'], ['Dutch', NL, 'nl']] as const)('%s demands are caught', (_name, cases, lang) => {
  test.each(cases)('%s → %s', (text, flag, evidenceHas) => {
    const a = analyze(text);
    expect(a.lang).toBe(lang);
    const found = a.flags.find((f) => f.id === flag);
    expect(found, `flags: ${a.flags.map((f) => f.id).join(', ')}`).toBeDefined();
    // The evidence ranges point into the text and cover the words that say it.
    for (const e of found!.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text);
    const shown = found!.evidence.map((e) => e.text.toLowerCase()).join(' | ');
    expect(shown).toContain(evidenceHas.toLowerCase());
    expect(found!.score).toBeGreaterThan(0.5);
    expect(a.temperature).toBeGreaterThan(0);
  });
});

describe('ordinary mail that uses the same words calmly gets no flag', () => {
  test.each(CALM_EN)('en: %s', (text) => expect(flagsOf(text)).toEqual([]));
  test.each(CALM_NL)('nl: %s', (text) => expect(flagsOf(text)).toEqual([]));
  test('a calm message is cold', () => {
    expect(analyze(CALM_EN[0]!).temperature).toBe(0);
  });
});

describe('negation and quoting', () => {
  test.each([
    ['I am not asking for a discount, the price is fine.', 'discount_pressure'],
    ['No rush at all, whenever suits you.', 'deadline_pressure'],
    ['Ik hoef geen korting, de prijs is prima.', 'discount_pressure'],
    ["I don't need a discount, thanks.", 'discount_pressure'],
    ['Niemand verdient het om zo behandeld te worden.', 'abusive_language'],
    // The writer offering the extra is a gift, not a demand.
    ["I'll throw in the plastic covers as well.", 'free_extras'],
    ['Ik doe de hoes er gratis bij.', 'free_extras'],
    // Further from its "I", after the price, or with the Dutch verb first.
    ['I can do it for 250 and throw in the stand.', 'free_extras'],
    ['I can offer it to you for 250 and throw in a 60-day warranty.', 'free_extras'],
    ['Ik kan hem voor 50 leveren en de hoes doe ik er gratis bij.', 'free_extras'],
    // A request declined after its words (as Kalm's own replies do) is no demand.
    ['Delivery by tomorrow is not possible. I will send you a realistic date.', 'deadline_pressure'],
    // What the writer prefers against is declined.
    ["We'd rather wait for the right team than rush it.", 'deadline_pressure'],
    ['We wachten liever een maand dan dat het met spoed moet.', 'deadline_pressure'],
  ] as const)('%s', (text, flag) => {
    expect(flagsOf(text)).not.toContain(flag);
  });
  // A negation inside a condition states the demand ("if I don't get X, …"), and a question that
  // opens with "can", "kan", "why" asks all the same when it carries a "not".
  test.each([
    ["If I don't get my money back by Friday, my lawyer will write to you.", 'refund_demand'],
    ["If you don't knock 20 % off, I'm cancelling the order.", 'discount_pressure'],
    ['Als ik mijn geld niet terugkrijg, stap ik naar de geschillencommissie.', 'refund_demand'],
    ['Kan het niet wat goedkoper?', 'discount_pressure'],
    ['We zijn maar een kleine stichting, kan het niet wat goedkoper?', 'discount_pressure'],
    ["Can't you do it for less?", 'discount_pressure'],
    ['Can I get the plastic covers for free as well?', 'free_extras'],
    // Any Dutch question that opens with its verb asks: "Krijg ik niet …?" is "Don't I get …?".
    ['Ik kom hier al tien jaar. Krijg ik dan niet wat korting op de nieuwe bril?', 'discount_pressure'],
    ['Doe je het niet voor 80 euro?', 'discount_pressure'],
    ["Isn't that a bit too expensive for one logo?", 'discount_pressure'],
  ] as const)('a negated condition or question still demands: %s', (text, flag) => {
    expect(flagsOf(text)).toContain(flag);
  });
  // "Ik vraag je om …" is the writer asking; "In je mail vraag je om …" restates the reader's request.
  raises('refund_demand', ['De vertaling moesten we helemaal overdoen. Ik vraag je om het volledige bedrag terug te storten.']);
  neverRaises('discount_pressure', ['In je mail vraag je om korting, maar de prijs van de workshop staat vast.']);
});

describe('an appeal to the reader\'s conscience is guilt-tripping', () => {
  raises('guilt_tripping', [
    'If you had any decency you would not charge a widow for the second visit.',
    'I know you are a decent person, so I am sure you will wait a few weeks for the money.',
    'Hoe kun je zo harteloos zijn tegen een moeder met drie kinderen?',
  ]);
  // The phrase is read; whether it flags is the model's call, and here it does not (yet): the
  // window's other words pull it under the threshold.
  readsPhrase('guilt_tripping', 'nl', ['Als je ook maar een greintje fatsoen hebt, reken je die tweede afspraak niet.']);
});

describe('hardship named beside a request, and reproaches that hand the reader a debt, are guilt-tripping', () => {
  raises('guilt_tripping', [
    'Mijn vader is vorige maand overleden en ik moet alles alleen regelen. Kun je de factuur nog een paar maanden laten wachten?',
    'Mijn man heeft kanker en ik ben mantelzorger. Mag de tweede sessie gratis?',
    'Ik had echt meer van je verwacht na vijf jaar samenwerking.',
    'Zo gaan jullie dus om met vaste klanten.',
    'My husband passed away in May and money is tight. Could you wait with the invoice until autumn?',
    "We're on benefits and every penny counts, so could you do it for less?",
    'So this is how you treat loyal customers.',
  ]);
  // The same hardship as news, or beside a plain price question, is no leverage.
  neverRaises('guilt_tripping', [
    'Mijn opa is overleden en ik wil graag een rouwkaart laten maken. Wat kost dat?',
    'Ik ben volgende week afwezig, mijn moeder ligt in het verpleeghuis.',
    "My grandmother passed away peacefully last week; the funeral is on Friday, so I'm out of office.",
  ]);
});

describe('Dutch counter-offers and pushes on the price are discount pressure', () => {
  raises('discount_pressure', [
    'Je vraagt 80 voor de stoel, dat vind ik veel. 55 en ik haal hem vanavond op.',
    'Jij zegt 300, ik zeg 220. Deal?',
    'Voor 450 zie ik het niet zitten, sorry.',
    'Ga je mee naar 35? Dan rij ik meteen.',
    'Mag ik de lamp voor 15 hebben?',
    'Moet je er echt 120 voor hebben? Hij is al tien jaar oud.',
    'Geef je er nog een tientje vanaf?',
    'Hoeveel zak je nog met de prijs?',
    'Kunnen we het uurtarief halveren nu het meeste werk klaar is?',
    'Kun je het doen aan je oude tarief van vorig jaar?',
  ]);
  neverRaises('discount_pressure', [
    'Mag ik morgen voor 10 uur langskomen om de kast te bekijken?',
    'Ik kom hem morgen halen voor 40 euro zoals afgesproken.',
  ]);
});

describe('extra work played down or taken for granted is a free extra', () => {
  raises('free_extras', [
    "Since you're already on the roof, could you clear the gutters as well?",
    'The garden lights are really the same job as the kitchen ones.',
    'Same content, different format: we also need it as a slide deck.',
    'I thought it was standard to get the source files with a logo.',
    'Every other agency we worked with included the launch posts.',
  ]);
  // Asked for with a price, it is paid work.
  neverRaises('free_extras', ["While you're here next week, could you give me a price for fixing the back gate too?"]);
  // Read as a phrase; the model alone does not flag it yet.
  readsPhrase('free_extras', 'en', ["Those calls shouldn't count towards the hours, they were more of a chat."]);
});

describe('Dutch payment on a condition is payment stalling', () => {
  raises('payment_stalling', [
    'Ik ga de laatste termijn pas betalen als de website echt online staat.',
    'Ik wacht eerst op het geld van de verzekering, daarna betaal ik je factuur.',
    'Ik betaal nooit vooraf, dus die aanbetaling gaat niet gebeuren.',
    'Ik zit zonder geld tot mijn uitkering binnen is, de rekening moet even wachten.',
  ]);
  // The seller's terms, and a buyer waiting before an order, owe nothing yet.
  neverRaises('payment_stalling', [
    'Je hoeft pas te betalen als je tevreden bent met de ontwerpen.',
    'De prijs is prima, ik wacht nog even op mijn salaris en bestel dan.',
  ]);
});

describe('English extras played down as the same work or as already paid for are free extras', () => {
  raises('free_extras', [
    'Since you already have the files, a flyer would be easy.',
    "Add the German translation too, it's basically the same text.",
    'You can just reuse the design for our other three shops.',
  ]);
  readsPhrase('free_extras', 'en', ['Surely the Facebook banner is covered by what we paid.']);
  // A question about what was bought, permission to reuse, and a request for a quote.
  neverRaises('free_extras', [
    'Is the hosting covered by what we paid for the package?',
    "Feel free to reuse the layout for the next newsletter, it's your template.",
    'Since you already have the files, could you quote for a flyer?',
  ]);
});

describe('Dutch excuses and conditions that put off paying are payment stalling', () => {
  raises('payment_stalling', [
    'Het geld staat vast tot eind van de maand.',
    'Mag ik het volgende week voldoen?',
    'De betaling is tegengehouden door de bank, duurt nog even.',
    'Ik wil eerst het eindresultaat zien voordat ik iets betaal.',
  ]);
  readsPhrase('payment_stalling', 'nl', ['De aanbetaling sla ik over, dat doe ik nooit.']);
  // Seeing a design before signing a quote, and a freelancer sending an invoice later, owe nothing yet.
  neverRaises('payment_stalling', [
    'Wij willen eerst het ontwerp zien voordat we de offerte tekenen.',
    'Mag ik de factuur volgende week sturen?',
  ]);
});

describe('English ways to bid under the price or ask whether it moves are discount pressure', () => {
  raises('discount_pressure', [
    'Is the price firm?',
    "150 and I'll pick it up tonight.",
    "I've seen the same one for 30 on eBay.",
    'Any chance of a better deal if I buy two?',
    'Cheaper if I collect?',
    'Could you throw in free delivery and take 300?',
    'I only have 45 on me.',
    'Your rate is a little rich for us.',
    'Can you sharpen your pencil on this quote?',
    'Do you accept 30 for the lamp?',
    'Would 200 be ok for both?',
    'Is $25 doable?',
    'Any flexibility on 300?',
  ]);
  neverRaises('discount_pressure', [
    "I'm asking 500 and I'll take 450 but that's it.",
    'The bottom line is that we need the site live by March.',
    // A time, not a price.
    'Would 10 work for the call?',
    'Why did you take 40 minutes to answer?',
  ]);
});

describe('Dutch bids without the word for them are discount pressure', () => {
  raises('discount_pressure', [
    'Wat wil je er minimaal voor hebben?',
    'Voor dat geld koop ik een nieuwe.',
    'Elders zie ik hem voor 25.',
    'Mijn budget is maar 300, kun je daarmee uit de voeten?',
    'Kunnen we afspreken op 250?',
    'Als je er 50 af doet, boek ik meteen.',
    'Mag de btw eraf?',
    'Kunnen we het zonder factuur doen? Scheelt ons allebei.',
    'Dat is aan de dure kant.',
    'Het mag wel wat minder.',
    'Je zit ver boven de rest.',
    'Vorige keer betaalde ik maar 80.',
    'Rond het af naar 400 en we hebben een deal.',
    'Scherper kan niet?',
  ]);
  readsPhrase('discount_pressure', 'nl', ['Bod: 40 euro']);
  // A time, a date, the seller's own defence of the price, praise and a layout wish.
  neverRaises('discount_pressure', [
    'Kunnen we afspreken op 10 uur bij jou?',
    'Kunnen we afspreken op 3 maart?',
    'Voor dat geld heb je al een nieuwe, dus mijn prijs is scherp.',
    'Het mag wel wat minder druk op de pagina.',
    'Je zit ver boven de rest qua kwaliteit!',
  ]);
});

describe('Dutch reproaches of ingratitude and distress held up beside a request are guilt-tripping', () => {
  raises('guilt_tripping', [
    'Ik heb je bij iedereen aanbevolen en zo bedank je me.',
    "Als zzp'er zou je dat toch moeten begrijpen.",
    'Hoe kun je dit een trouwe klant aandoen?',
    'Dankzij jou kan ik mijn huur niet betalen.',
    'Dat had ik nooit van jou verwacht.',
    'Jij verdient toch genoeg.',
    'Voor jou is het maar een paar tientjes, voor mij is het alles.',
    'Ik heb zo veel voor je over gehad.',
    'Ik lig er wakker van, kan het niet wat goedkoper?',
    'Mijn kinderen moeten hiervan eten, kun je wat korting geven?',
  ]);
  // Grief without a request, an instruction, and thanks.
  neverRaises('guilt_tripping', [
    'Ik ben er kapot van, mijn vader is overleden. Ik ben volgende week afwezig.',
    'Als ondernemer moet je dat weten: btw aangifte is op 31 januari.',
    'Dankzij jou kunnen we de huur nu wel betalen.',
  ]);
});

describe("the freelancer's time off and family are not the client's to reach", () => {
  raises('boundary_intrusion', [
    "Your out of office doesn't apply to me, right?",
    "Texted your wife since you weren't replying.",
    'Cancel your dentist appointment, we need you in the meeting.',
  ]);
  raises('excessive_contact', ['Please share your screen all day so I can see you working.']);
  neverRaises('boundary_intrusion', [
    'If you need to move your dentist appointment, no problem, we can shift the call.',
    "My out of office doesn't apply to urgent matters.",
    'I called your partner firm yesterday about the contract.',
  ]);
  neverRaises('excessive_contact', ['Please keep your camera on during the workshop.']);
});

describe('an extra asked of the reader stays a demand, however far its "I"', () => {
  raises('free_extras', [
    "I'll pay 250 if you throw in the stand.",
    "I'll take the bike if you throw in the lock and the helmet.",
    'Ik betaal 50 als je de hoes er gratis bij doet.',
    "If it goes wrong, I'll expect you to redo the whole thing for free.",
  ]);
});

describe("the writer's own promise by a time is not deadline pressure; a time asked of the reader is", () => {
  neverRaises('deadline_pressure', [
    'I will send the report by tomorrow morning.',
    "I'll get back to you asap.",
    'I can pick it up right now.',
    'Ik stuur het vandaag nog op.',
    'We leveren het uiterlijk morgen.',
    "I'll have the files ready by tomorrow morning.",
  ]);
  raises('deadline_pressure', [
    'I need it by tomorrow morning.',
    "We'll have to get it done by tomorrow.",
    'Send it asap.',
    "I'll lose my job if this isn't ready by tomorrow.",
    'Ik wil het vandaag nog hebben.',
  ]);
  test('the promise is read as the phrase negated, the demand as the phrase itself', () => {
    const hit = (text: string, lang: 'en' | 'nl') => featurize(text, lang).hits.find((h) => h.flag === 'deadline_pressure' && h.tier === 'strong');
    expect(hit("I'll send you the files by tomorrow morning.", 'en')?.negated).toBe(true);
    expect(hit('We need the files by tomorrow morning.', 'en')?.negated).toBe(false);
    expect(hit('I hope you can send the files by tomorrow morning.', 'en')?.negated).toBe(false);
    expect(hit('Dan hoor ik het graag binnen een uur.', 'nl')?.negated).toBe(false);
  });
});

describe('hardship is leverage beside a request for a concession, not beside a price question (askWords)', () => {
  raises('guilt_tripping', [
    'Mijn vader is vorige maand overleden en het geld is op. Kun je het iets goedkoper doen?',
    'My mum passed away in June and money is tight, so could you waive the late fee?',
  ]);
  neverRaises('guilt_tripping', [
    'Mijn vader is vorige maand overleden. Wat kost een grafmonument bij jullie?',
    'My mum passed away in June; what would a memorial video cost?',
  ]);
});

describe("the writer's own price for the job is the seller's voice, the same words as a question a bid", () => {
  neverRaises('discount_pressure', [
    'Als u de teksten zelf aanlevert, kan ik het voor 480 doen in plaats van 560.',
    'Ik kan het voor 300 euro maken als je het zelf ophaalt.',
  ]);
  raises('discount_pressure', ['Kunnen we het voor 480 doen?']);
});

describe('an abuse phrase needs less of the model than words alone (DEFAULT_DECISION.phraseMargins)', () => {
  raises('abusive_language', [
    'Statushouders zoals jullie verdienen het niet om te leven.',
    'Die vent uit de flat verdient het niet om te leven.',
  ]);
  // The bar is set just above this line's own score, so the test holds whatever the training.
  test('a phrase window scored just under the bar passes with the margin and not without it', () => {
    const text = 'Statushouders zoals jullie verdienen het niet om te leven.';
    const model = loadModel(MODEL);
    const k = FLAG_IDS.indexOf('abusive_language');
    const f = featurize(text, 'nl', undefined, false);
    const { phraseLogit } = scoreFlags(f, model, tokenContributions(f, model))[k]!;
    expect(phraseLogit).toBeGreaterThan(-Infinity);
    const margin = DEFAULT_DECISION.phraseMargins!.abusive_language!;
    model.thresholds[k] = 1 / (1 + Math.exp(-(phraseLogit + margin / 2)));
    const flagged = (decision: typeof DEFAULT_DECISION) => analyzeWith(model, decision, text, { lang: 'nl' }, getLetterModel()).flags.map((x) => x.id);
    expect(flagged(DEFAULT_DECISION)).toContain('abusive_language');
    expect(flagged({ ...DEFAULT_DECISION, phraseMargins: {} })).not.toContain('abusive_language');
  });
});

describe('an abuse phrase in a long email is judged without the long-mail bar (DEFAULT_DECISION.phrasesSkipLongBar)', () => {
  // Twelve sentences: the bar for words alone rises with the number of windows, a phrase's does not.
  const text = [
    'Hi Tom,', 'Thanks for coming round on Tuesday to finish the kitchen.', 'The new cupboards fit well and the doors close nicely.',
    'My husband was pleased with the handles too.', 'However, the tiles behind the hob are a mess.',
    'Even a child could have done this better than you.', 'The grout is uneven and two tiles are cracked already.',
    'We are away from Friday until the following Wednesday, so please come before then.',
    'The spare key is with the neighbours at number 12.', 'Parking is free in the street after six.', 'Kind regards,', 'Anna',
  ].join('\n');
  // The bar is set from this email's own score, so the test holds whatever the training.
  test('a phrase window under the long-mail bar but over the plain bar is flagged, and not without the rule', () => {
    const model = loadModel(MODEL);
    const k = FLAG_IDS.indexOf('abusive_language');
    const f = featurize(text, 'en', undefined, false);
    const { phraseLogit, logit } = scoreFlags(f, model, tokenContributions(f, model))[k]!;
    expect(phraseLogit).toBeGreaterThan(-Infinity);
    expect(logit).toBe(phraseLogit);
    const windows = 2 * f.sentences.length - 1;
    const longBar = DEFAULT_DECISION.manyWindowsPenalty * Math.log2(windows / 4);
    expect(longBar).toBeGreaterThan(0.5);
    const margin = DEFAULT_DECISION.phraseMargins!.abusive_language!;
    model.thresholds[k] = 1 / (1 + Math.exp(-(phraseLogit + margin - longBar / 2)));
    const flagged = (decision: typeof DEFAULT_DECISION) => analyzeWith(model, decision, text, { lang: 'en' }, getLetterModel()).flags.map((x) => x.id);
    expect(DEFAULT_DECISION.phrasesSkipLongBar).toContain('abusive_language');
    expect(flagged(DEFAULT_DECISION)).toContain('abusive_language');
    expect(flagged({ ...DEFAULT_DECISION, phrasesSkipLongBar: [] })).not.toContain('abusive_language');
  });
});

describe('a beast, a child or the writer blindfolded said to do the work better is an insult; another professional is criticism', () => {
  raises('abusive_language', [
    'A trained monkey with a tub of bitumen would have done a better job than you.',
    'I could have done a better job blindfolded.',
    'Mijn zoontje van zes had het beter gedaan dan jij.',
    'Dat had ik geblinddoekt beter gekund.',
  ]);
  neverRaises('abusive_language', [
    'I think a specialist would have done a better job than me on this, so I am passing it on.',
    'Mijn vorige fotograaf had het beter gedaan dan jij.',
    'Een specialist had het waarschijnlijk beter gedaan dan ik, dus ik stuur je door.',
  ]);
});

describe('a refund phrase needs less of the model too: a support request is a demand', () => {
  raises('refund_demand', ['I want help requesting reimbursements', 'could you assist me demanding a refund']);
  neverRaises('refund_demand', ['Is a refund possible if the course is cancelled?', 'Your reimbursement was processed yesterday.']);
});

describe('compensation asked for is a refund demand; the fee itself is not', () => {
  raises('refund_demand', [
    'The hotel room had no hot water for three days. We expect compensation for the inconvenience.',
    'Het hotel had drie dagen geen warm water. Wij verwachten een vergoeding voor het ongemak.',
  ]);
  neverRaises('refund_demand', [
    'Beste Anke, wij hebben de vergoeding voor het optreden vandaag overgemaakt. Dank voor de mooie avond.',
    'De vergoeding voor het schrijven van de column is 150 euro per stuk, zoals besproken.',
  ]);
});

// Lines the shipped model has put on the wrong side since half of its features are chosen as common
// rather than strong (train-model.ts, DEFAULT_COMMON_SHARE), which finds 6 % more of the demands
// written apart and flags fewer calm lines. Each is near its bar (logit within 1.3 of it). On the
// two other seeds measured, the payment terms and the photos land wrong on both; the degree, the
// Sunday visit and the withheld instalment on neither.
describe('known misses of the model, kept in view', () => {
  // "Als het je niet uitkomt, hoor ik het wel" is no choice: the writer assumes it is fine.
  test.fails('boundary_intrusion: Ik kom zondag gewoon langs met de kinderen. Als het je niet uitkomt, hoor ik het wel, maar ik ga ervan uit dat het goed is.', () =>
    expect(flagsOf('Ik kom zondag gewoon langs met de kinderen. Als het je niet uitkomt, hoor ik het wel, maar ik ga ervan uit dat het goed is.')).toContain('boundary_intrusion'));
  test.fails('payment_stalling: De tweede termijn houden we in tot alle punten zijn opgelost.', () =>
    expect(flagsOf('De tweede termijn houden we in tot alle punten zijn opgelost.')).toContain('payment_stalling'));
  test.fails('payment_stalling: Our standard payment terms are 120 days from the end of the month, so please plan for that.', () =>
    expect(flagsOf('Our standard payment terms are 120 days from the end of the month, so please plan for that.')).toContain('payment_stalling'));
  test.fails("no free_extras: Je hebt de foto's toch al ontvangen? Ik stuurde ze gisteren.", () =>
    expect(flagsOf("Je hebt de foto's toch al ontvangen? Ik stuurde ze gisteren.")).not.toContain('free_extras'));
  test.fails('abusive_language: Who on earth gave you a degree?', () =>
    expect(flagsOf('Who on earth gave you a degree?')).toContain('abusive_language'));
});

describe('unpaid work and payment months away are payment stalling', () => {
  raises('payment_stalling', [
    'Would you shoot our fundraiser pro bono? It would be great for your portfolio.',
    'Wij hanteren een betaaltermijn van 90 dagen na goedkeuring van de factuur.',
  ]);
  neverRaises('payment_stalling', [
    'My payment term is 14 days, the invoice is attached.',
    'Mijn betaaltermijn is 14 dagen, de factuur zit in de bijlage.',
    'The net 60 MW of new capacity comes online next spring.',
  ]);
});

describe('refusing to pay what is owed is payment stalling', () => {
  raises('payment_stalling', [
    "I'm not paying the final invoice until the bathroom tiles are redone.",
    "We won't pay you a cent for this, and you can stop sending reminders.",
    'Ik betaal de laatste factuur niet zolang de lekkage er nog is.',
    'Ik ga die rekening niet betalen, het werk is nog lang niet af.',
  ]);
  neverRaises('payment_stalling', [
    "I'm not paying attention to the reviews, your work speaks for itself.",
    'Wij betalen de factuur niet later dan vrijdag, zoals afgesproken.',
    'Ik betaal de rekening niet contant maar via de bank, is dat goed?',
  ]);
});

describe('the writer speaking as the seller is not pressing for a discount', () => {
  // Kalm's user is the one being paid: their own side of a haggle, quoted or forwarded, is no demand.
  test.each([
    "€350 is a bit low for me, I'm afraid. Could we meet at €420?",
    'That offer is too low. The lowest I can go is 1,800.',
    "Sorry, I can't go any lower than $95 for the set. I'll deliver it on Saturday.",
    'Dat bod is me wat te laag. Lager dan 450 kan ik echt niet.',
    'Ik doe er 50 euro af, dan is hij van jou voor 400.',
    '$80 is less than I would be comfortable letting it go for. It is in like-new condition.',
    // Accepting an offer, pitching the item, or firm on the price: the seller's side too.
    'If you can collect it tomorrow, I can agree to $140 for the pair.',
    "I'd accept 60 if you pick it up tonight, otherwise the price stays.",
    "$300 is lower than I'm comfortable with. It's a great deal at 380 with the original box.",
    "I've already dropped the price twice. I'm firm on $75.",
    'Asking 50 or best offer. I only used it a few times.',
    // Granting a discount, or a shop's sale, is the seller's side as well.
    'We give all students a 15% discount on lessons, just bring your card.',
    'Ik heb de korting voor vaste klanten al op de factuur gezet, je hoeft niets te doen.',
    'Tijdens de jubileumweek krijgen alle klanten 20 procent korting op de collectie.',
    'Omdat je al jaren bij ons komt, geef ik je op de volgende twee behandelingen 15 procent korting.',
    'Als trouwe abonnee krijgt u bij de verlenging van dit jaar 10% korting van ons.',
    'Ik bied de kinderfiets aan voor 60 euro, hij is nauwelijks gebruikt.',
  ])('%s', (text) => expect(flagsOf(text)).not.toContain('discount_pressure'));
  test.each([
    // The same numbers from the client's side still count.
    ['Would you take €350 for it? Other sellers ask far less.', 'en'],
    ['Kun je er 50 euro af doen? Anders ga ik ergens anders kijken.', 'nl'],
    ['Would you accept $60 for it? I can pick it up tonight.', 'en'],
    ['Does it come with the charger? Would you take 40 for it?', 'en'],
    ['Can you give all of us a 10% discount? We are a big group.', 'en'],
    ['Geef je me 20 procent korting als ik er twee neem?', 'nl'],
    ['Geef je me op de volgende twee behandelingen 15 procent korting? Ik kom al jaren.', 'nl'],
  ])('the client asking still counts: %s', (text) => expect(flagsOf(text)).toContain('discount_pressure'));
});

describe('a buyer naming a price or a limit of their own presses for a discount', () => {
  test.each([
    'Love the desk. Would you be willing to let it go for $80 if I collect it tonight?',
    "What's the lowest you'd be prepared to go on the sofa?",
    'The most we can spend is €900 for the whole shoot.',
    'Could you go any lower on the framing?',
  ])('%s', (text) => expect(flagsOf(text)).toContain('discount_pressure'));
  // The bill asked to shrink, in the forms Dutch and English use for it.
  raises('discount_pressure', [
    'Shouldn\'t the final bill be a bit lower now that we dropped the second location?',
    'Would you consider halving the fee for a charity event like ours?',
    'Kun je voor de tweede ronde een scherper uurtarief rekenen? Het is grotendeels hetzelfde werk.',
    'De kosten vallen hoger uit dan gedacht. Kunt u ons daarin iets tegemoet komen?',
  ]);
  neverRaises('discount_pressure', ['De gemeente komt huurders tegemoet met een eenmalige toeslag, dat las ik vandaag.']);
});

// Once a known false alarm: "your invoice follows" sat right at the payment-stalling threshold
// (words alone, no phrase) and flipped with each retraining; the model of 2026-11-25 (smaller
// weights kept, in 31 steps) reads it as calm. Near the threshold still: watch it on retraining.
test('"Je factuur volgt per mail." is no payment stalling', () => {
  expect(flagsOf('Ordernummer 448120 is verzonden. Je factuur volgt per mail.')).toEqual([]);
});

describe('contempt for a group without a swear word is abuse (nl)', () => {
  test.each([
    'Die lui verdienen het niet om te leven.',
    "Een kakkerlak is nog nuttiger dan zo'n politicus.",
    'Ik word kotsmisselijk van die types.',
    // The phrase's own "geen" is part of the contempt, not a denial of it.
    'Hun levens zijn geen cent waard.',
  ])('%s', (text) => expect(flagsOf(text)).toContain('abusive_language'));
  test('denied: Geen enkele Pool verdient het om te sterven.', () => {
    expect(flagsOf('Geen enkele Pool verdient het om te sterven.')).not.toContain('abusive_language');
  });
  test('the phrase for being sick of people does not fire on a thing', () => {
    const hits = (text: string) => featurize(text, 'nl').hits.filter((h) => h.flag === 'abusive_language' && !h.negated);
    expect(hits('Ik word kotsmisselijk van die types.')).not.toEqual([]);
    expect(hits('Ik word misselijk van die achtbaan.')).toEqual([]);
  });
  // A known false alarm: the words "ik word misselijk van" alone weigh as abuse in the model, as
  // the corpus holds many such lines aimed at people and few about things. Training on the
  // set-aside negatives that fix it raised false alarms on real mail (corpus README).
  test.fails('known false alarm: "Ik word misselijk van die achtbaan." is read as abuse', () => {
    expect(flagsOf('Ik word misselijk van die achtbaan.')).not.toContain('abusive_language');
  });
});

describe('people likened to animals or vermin is abuse (nl)', () => {
  raises('abusive_language', [
    'Die toeristen zijn net sprinkhanen, ze vreten alles kaal en laten rotzooi achter.',
    'Politici zijn bloedzuigers, allemaal.',
    'Die hele familie fokt als konijnen en wij betalen de rekening.',
  ]);
  // Playful, about pets and children.
  neverRaises('abusive_language', [
    'Onze katten zijn net apen, ze klimmen overal in.',
    'De kinderen zijn net varkens na het verfwerk, maar ze hadden plezier.',
  ]);
});

describe('a Dutch swear word compounded with another is a swear word (Lexicon.swearPrefixes)', () => {
  raises('abusive_language', [
    'Hé kutbouwer, wanneer kom je die lekkage nou eens maken?',
    'Hou je tyfusbek en stuur gewoon de factuur opnieuw.',
    'Jij met je teringwebsite, niks doet het.',
  ]);
  // Illness and care after "kanker", and clothes, are no swearing.
  neverRaises('abusive_language', [
    'Mijn vader ligt op de kankerafdeling, dus ik reageer je wat later over de offerte.',
    'We doneren je fooi aan kankeronderzoek, dank je wel daarvoor.',
    'Kun je de klerenkast ook meenemen als je de bank komt ophalen?',
  ]);
});

describe('a Dutch slur is abuse whoever it is said to, unless it is only named: quoted or reported (Lexicon.slurs)', () => {
  // No "je" or "u": other swear words count only when said to the reader.
  raises('abusive_language', [
    'Die spleetogen van de overkant hebben de stoep weer vol gezet.',
    'Die teringturken van het garagebedrijf hebben de auto nog steeds niet klaar.',
  ]);
  neverRaises('abusive_language', [
    "Op de groepsapp stond het woord 'spleetogen', dat hebben we meteen verwijderd.",
    'Iemand schreef kutmarokkanen op de muur van de school, de politie is ingelicht.',
    'De term neger gebruiken we niet meer in onze boeken.',
    'Die kutprinter van kantoor doet het weer niet, de offerte komt morgen.',
  ]);
});

describe('more work for the money already agreed, the reader there anyway, is a free extra (en)', () => {
  raises('free_extras', [
    'Could you also trim the hedge at the back? You are here with the van anyway.',
    'Can you add the French subtitles for the same price? It is only ten minutes of video.',
    'Just keep it on the existing contract, it is only two more landing pages.',
    'It is not a new project, just a second shop page, so please do it under the current quote.',
  ]);
  neverRaises('free_extras', [
    'You are working from home anyway, so let us make Tuesday a video call.',
    'We will pay for the extra pages, of course: this is a new project with its own quote.',
    'Is the large print available at the same price as the small one?',
  ]);
});

describe('Dutch pushes on the price: going down with it, cheaper, half, a ceiling, costs left off', () => {
  raises('discount_pressure', [
    'Mooie kast, maar 400 euro vind ik veel. Zakt u nog wat mee?',
    'Kan het bij jullie nog iets voordeliger als we twee keukens bestellen?',
    'Krijg ik de tweede les dan voor de helft?',
    'Schrijf je de parkeerkosten maar niet op?',
  ]);
  readsPhrase('discount_pressure', 'nl', ['Voor de hele tuin 300 euro, dat is mijn max.']);
  neverRaises('discount_pressure', [
    'Tien deelnemers is het maximum voor deze workshop, dus schrijf je snel in.',
    'De parkeerkosten reken ik niet apart, die zitten in de prijs.',
  ]);
});

describe('reproaches that hand the reader a debt of feeling are guilt-tripping (both languages)', () => {
  raises('guilt_tripping', [
    'I guess our ten years together mean nothing to you.',
    'Honestly, I thought you were better than this.',
    "I'm starting to feel taken for granted by your studio.",
    'Dat u nu ineens zo zakelijk doet, na al die jaren, doet me verdriet.',
    'Onze samenwerking betekent blijkbaar niets meer voor je.',
    'Je hebt ons echt laten zitten met die planning.',
  ]);
  neverRaises('guilt_tripping', [
    'You sent us two clients last month, so we would love to return the favour.',
    'Thanks for the clear and businesslike quote, we will sign this week.',
    'Je hebt ons nooit laten zitten, daarom boeken we je graag weer.',
  ]);
});

describe('bodily harm announced is abuse (nl); the same body words as news are not', () => {
  raises('abusive_language', [
    'Als je die vloer nog een keer verpest, kom ik je benen breken.',
    'Nog één smoes en ik sla je de tanden uit je bek.',
    'Stuur het geld terug of ik maak je winkel met de grond gelijk.',
  ]);
  neverRaises('abusive_language', [
    'Mijn zoon heeft zijn arm gebroken, dus de les van dinsdag vervalt.',
    'Het oude pand is vorige maand met de grond gelijk gemaakt, de bouw begint in mei.',
  ]);
});

describe("the reader's time off acknowledged, then a request anyway, is a boundary intrusion (en)", () => {
  raises('boundary_intrusion', [
    "I know you're on parental leave, but could you send me the logo files today?",
    "sorry i know its 1am but can u check the menu file",
  ]);
  readsPhrase('boundary_intrusion', 'en', ["I realise you're at your brother's wedding, but the client needs one quick answer."]);
  neverRaises('boundary_intrusion', ["hey i know ur on holiday so don't reply, just sharing the good news: we won the pitch!"]);
});

describe('news about family is not a plea; hardship held up against the bill is', () => {
  // The guilt phrase once fired on any "my daughter is/has …" and the model had to hold it back.
  test.each([
    ['en', 'My daughter is starting school next week, so I may answer a little later than usual.'],
    ['nl', 'Mijn dochter heeft koorts, dus ik moet de afspraak van morgen helaas verzetten.'],
    ['nl', 'Onze zoon is vrijdag jarig, kun je de taart zaterdagochtend bezorgen?'],
    // Hardship told without asking for money, time or work is news, not leverage.
    ['en', 'My father is in hospital this week, so I may be slow to reply. The brief is attached.'],
    ['nl', 'Mijn vader ligt in het ziekenhuis, dus ik reageer deze week wat trager. De tekst staat in de bijlage.'],
  ])('%s: %s', (_lang, text) => expect(flagsOf(text)).toEqual([]));
  showsWords('guilt_tripping', [
    ['My father is in hospital and money is tight, surely you can lower the price a little?', 'My father is in hospital'],
    ['Mijn vader ligt in het ziekenhuis en het geld is op, kan de prijs echt niet wat lager?', 'ziekenhuis'],
  ]);
  showsWords('guilt_tripping', [
    ['My kids are sick and you still want me to pay the full fee?', 'My kids are sick'],
    ['Mijn kinderen hebben het zwaar sinds ik mijn baan kwijt ben, en jij wilt de volle prijs?', 'Mijn kinderen hebben het zwaar'],
  ]);
});

describe('formal legal steps are threats', () => {
  showsWords('threat', [
    ['Unless the deposit is back in my account by Monday, I will seek legal recourse.', 'legal recourse'],
    ['Als de factuur niet gecorrigeerd wordt, stuur ik u een ingebrekestelling.', 'ingebrekestelling'],
    ['Als u niet levert, zoek ik de juridische weg.', 'juridische weg'],
  ]);
});

describe('a lawyer set on the reader is a threat; a lawyer named is not (nl, as in en)', () => {
  showsWords('threat', [
    ['Als het geld er vrijdag niet is, neem ik contact op met mijn advocaat.', 'neem ik contact op met mijn advocaat'],
    ['Betaal vandaag, anders schakel ik de deurwaarder in.', 'anders schakel ik de deurwaarder'],
    ['Mijn advocaat neemt morgen contact met u op.', 'advocaat neemt morgen contact met u'],
    ['Ik leg de hele zaak voor bij de geschillencommissie.', 'leg de hele zaak voor bij de geschillencommissie'],
  ]);
  neverRaises('threat', [
    'Onze jurist heeft de algemene voorwaarden nagekeken, alles is in orde.',
    'Mijn advocaat vroeg om een kopie van de getekende offerte, zou je die willen mailen?',
    'Mijn zus werkt bij de politie en zoekt een fotograaf voor haar bruiloft.',
    'Dat document heeft de rechtbank nodig voor de adoptie, kunt u het beëdigd vertalen?',
  ]);
});

describe('abuse quoted in a report of what someone said is mentioned, not aimed', () => {
  neverRaises('abusive_language', [
    "Een klant heeft onze bezorger 'vuile dief' genoemd. We hebben hem geblokkeerd.",
    "Onder onze vacature schreef iemand 'die luie buitenlanders moeten oprotten'. Die reactie is verwijderd.",
    'A customer called our driver a "useless idiot" on the phone, so we ended the call.',
  ]);
  // Said to the reader, it is abuse still.
  raises('abusive_language', ['Je bent een vuile dief, dat zei ik gisteren al.', 'You are a "professional"? You useless idiot.']);
});

describe('more work while the money stays put is a free extra', () => {
  raises('free_extras', ['De zus komt ook mee naar de zwemles. Dat hoeft toch niks extra te kosten?']);
  // Read as phrases; the model does not yet agree strongly enough to flag these two on their own.
  readsPhrase('free_extras', 'en', [
    'Please add two more interview transcripts to the batch, but the fixed price stays where it is.',
    'Can you extend the support to the weekend without changing the plan we are on?',
  ]);
  neverRaises('free_extras', [
    'Our subscription renews at the same price as last year; the invoice is in your account.',
    'Kun je laten weten wat er precies in het pakket zit? Dan weten we waar we aan toe zijn.',
  ]);
});

describe('more work asked for and paid for is no free extra', () => {
  neverRaises('free_extras', [
    'Could you also record a Spanish version of the voice-over? What would you charge for that?',
    'While you are on site, could you look at the garden lights too? Happy to pay for the extra hour.',
    'Kun je de nieuwsbrief er ook bij doen? Stuur me maar een aparte offerte.',
    'Wil je ook de achterkant van het huis schilderen? Reken het maar als meerwerk.',
    'Could you add a page for the returns policy too? Just put it on the next invoice at your usual hourly rate.',
    'Kun je de schuur ook meenemen? Zet het maar op de volgende factuur, tegen je gebruikelijke uurtarief.',
  ]);
  // Refusing to pay for it keeps the demand.
  raises('free_extras', [
    'Can you throw in two extra banners as well? I will not pay for them, they are tiny.',
    'Doe je de hoes er gratis bij? Ik betaal niks extra voor zo\'n kleinigheid.',
  ]);
});

describe('a demand cut off by "or" is judged on its own clause', () => {
  test('the clause of a word stops at "or" / "anders" / "of", and a sentence without one has none', () => {
    const clause = (text: string, lang: 'en' | 'nl', word: string) => {
      const f = featurize(text, lang, undefined, false);
      const range = clauseAround(f, f.tokens.findIndex((t) => t.norm === word));
      return range && f.tokens.slice(range[0], range[1]).map((t) => t.norm).join(' ');
    };
    expect(clause('Pay the invoice today or I will call my lawyer.', 'en', 'invoice')).toBe('pay the invoice today');
    expect(clause('Pay the invoice today or I will call my lawyer.', 'en', 'lawyer')).toBe('i will call my lawyer');
    expect(clause('Betaal vandaag, anders bel ik mijn advocaat.', 'nl', 'advocaat')).toBe('bel ik mijn advocaat');
    expect(clause('Pay the invoice today please.', 'en', 'invoice')).toBeUndefined();
    // An "or" more than forty words away cuts off no short clause: the sentence is judged whole.
    const far = 'Pay the invoice ' + 'and the other costs we talked about '.repeat(6) + 'or I will call my lawyer.';
    expect(clause(far, 'en', 'invoice')).toBeUndefined();
  });
  // The rest of the sentence (the threat) diluted the refund phrase below the bar when the whole sentence was the window.
  test('Refund me in full or the one-star review I posted this morning stays where it is, and I will add more photos of the stains to it tonight.', () => {
    const text = 'Refund me in full or the one-star review I posted this morning stays where it is, and I will add more photos of the stains to it tonight.';
    expect(evidenceOf(text, 'refund_demand')).toContain('Refund me');
  });
});

describe('a discount as the condition of a threat is pressed for, not declined', () => {
  // "don't" after "if" is part of the condition, not a denial of the demand.
  showsWords('discount_pressure', [
    ['Unless we get a better price, we will go with the other agency.', 'Unless we get a better price'],
    ['Als ik geen korting krijg, zet ik overal een slechte review online.', 'Als ik geen korting krijg'],
  ]);
  test('a discount declined is still not pressed for', () => {
    expect(flagsOf('We do not need a discount, the quote is fine as it is.')).not.toContain('discount_pressure');
  });
});

describe('asking to be always on is a boundary intrusion; offering it is not', () => {
  showsWords('boundary_intrusion', [
    ['Could you stay reachable all weekend while the campaign runs?', 'you stay reachable all weekend'],
    ['Wil je bereikbaar blijven voor het geval er iets misgaat met de server?', 'bereikbaar blijven voor het geval'],
    ['Kun je het hele weekend bereikbaar zijn tijdens de lancering?', 'je het hele weekend bereikbaar'],
  ]);
  test.each(['We zijn de hele week bereikbaar voor als er vragen zijn.', 'I will stay online all day in case you have questions.'])(
    '%s', (text) => expect(flagsOf(text)).toEqual([]));
});

describe('numbers that name things are not prices', () => {
  test.each([
    'Your deal number for the swap is 646321 for a price of $41.10. Regards, Jo',
    'Can you set up a ticket for meter 2281 for next month? The last one was 330912.',
    'Ordernummer 448120 is verzonden.',
    'Were there any trades for 07-14 and 07-15? The report for 9/30/02 is attached.',
  ])('%s', (text) => expect(flagsOf(text)).toEqual([]));
});

describe('contempt aimed at the reader or at a group is abuse', () => {
  test.each(['Ik vind al die immigranten walgelijk.', 'Jullie zijn gewoon verachtelijk.', 'These refugees are vermin.'])('%s', (text) => {
    const flag = analyze(text).flags.find((f) => f.id === 'abusive_language');
    expect(flag).toBeDefined();
    // The evidence is the word of contempt, not the group's name.
    expect(flag!.evidence.map((e) => e.text).join(' ')).toMatch(/walgelijk|verachtelijk|vermin/);
  });
  test.each(['Die oplichters van jullie zijn niets anders dan ongedierte.', 'Your whole team is nothing but parasites.'])(
    '"nothing but" asserts, it does not deny: %s', (text) => expect(flagsOf(text)).toContain('abusive_language'));
  test.each(['Die vluchtelingen zijn bloedzuigers en profiteurs.', 'You are nothing but leeches and freeloaders.'])(
    'words of contempt beyond swearing: %s', (text) => expect(flagsOf(text)).toContain('abusive_language'));
  test('praise is not: "helden" (heroes) is not read as "hel" (hell)', () => {
    expect(flagsOf('Jullie zijn echte helden, dank voor jullie inzet tijdens de storm.')).toEqual([]);
  });
  test('a figure of speech with "hate" is not', () => {
    expect(flagsOf('I hate to bother you again, but could you send the file?')).not.toContain('abusive_language');
  });
});

describe('violence wished on people is abuse, the same verbs about things are not', () => {
  test.each(['Die beunhazen van jullie moeten allemaal worden vermoord.', 'Ik voel niets dan minachting voor jou en je bedrijf.'])('%s', (text) => {
    expect(flagsOf(text)).toContain('abusive_language');
  });
  test.each(['De schermen moeten morgen worden opgehangen in de hal.', 'Het project moet worden afgemaakt voor vrijdag.'])('%s', (text) => {
    expect(flagsOf(text)).not.toContain('abusive_language');
  });
});

describe('violence under "no one" or "never" defends people', () => {
  test.each(['Geen vluchteling zou ooit mogen worden vermoord.', 'Niemand verdient het om te sterven om wie hij is.'])('%s', (text) => {
    expect(flagsOf(text)).not.toContain('abusive_language');
  });
  test('without the negator it is abuse', () => {
    expect(flagsOf('Al die vluchtelingen moeten worden vermoord.')).toContain('abusive_language');
  });
});

describe('naming a group of people is not abuse', () => {
  test.each(['Transgenders zijn prachtige mensen.', 'Ik werk graag met Marokkaanse en Poolse collega\'s.',
    'Women in tech deserve more credit.', 'Our new hires include two refugees from Syria.'])('%s', (text) => {
    expect(flagsOf(text)).not.toContain('abusive_language');
  });
});

describe('shouting and acronyms', () => {
  test('a whole sentence in capitals aimed at the reader is abuse', () => {
    const a = analyze('WHERE IS MY ORDER. YOU ARE THE WORST COMPANY EVER AND YOU KNOW IT.');
    expect(a.flags.map((f) => f.id)).toContain('abusive_language');
  });
  test('acronyms are not shouting', () => {
    expect(flagsOf('Please send the PDF and the VAT number to our CFO, thanks.')).toEqual([]);
  });
});

describe('options', () => {
  const text = 'Honestly this is too expensive. Can you do it for less?';
  test('a switched-off flag is never reported', () => {
    expect(flagsOf(text)).toContain('discount_pressure');
    expect(analyze(text, { enabled: { discount_pressure: false } }).flags.map((f) => f.id)).not.toContain('discount_pressure');
  });
  test('high sensitivity flags at least what normal does, low at most', () => {
    const texts = [...EN.map((c) => c[0]), ...CALM_EN, ...NL.map((c) => c[0])];
    for (const t of texts) {
      const normal = analyze(t).flags.length;
      expect(analyze(t, { sensitivity: 'high' }).flags.length).toBeGreaterThanOrEqual(normal);
      expect(analyze(t, { sensitivity: 'low' }).flags.length).toBeLessThanOrEqual(normal);
    }
  });
  test('several flags come most severe first', () => {
    const a = analyze('I want a full refund now or my lawyer will sue you. Also, can you do the next job cheaper?');
    const ids = a.flags.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['refund_demand', 'threat']));
    const order = { high: 0, medium: 1, low: 2 } as const;
    const sev = a.flags.map((f) => order[f.severity]);
    expect([...sev].sort((x, y) => x - y)).toEqual(sev);
  });
});

describe('English haggles under other names for the price, counter-offers, comparisons and limits are discount pressure', () => {
  raises('discount_pressure', [
    'Is there any flexibility on the total?',
    'Any wiggle room on the invoice amount?',
    'Is your rate up for discussion?',
    'whats ur lowest for the bike',
    "Let's say 1,200 all in.",
    'Our ceiling is 2k for this project.',
    'Could you shave a bit off the total?',
    'The last freelancer did it for half.',
    'I can get the same on eBay for 30.',
    'Could you match the price from the other shop?',
    "If you drop it to 75 I'll take it today.",
    'Our budget only stretches to 1,500.',
    "We'll pay 2,000, not a cent more.",
  ]);
  readsPhrase('discount_pressure', 'en', [
    'Could you sharpen the quote a bit?',
    'Please revise the quote downwards.',
    "As a returning customer I'd expect something off.",
    'Is that the best you can do?',
    'Does 45 sound fair?',
    'Happy to go ahead at 80% of your quote.',
  ]);
  // Times, measures, other lowest things, and other things trimmed or matched.
  neverRaises('discount_pressure', [
    "Let's say Tuesday at 10 for the call.",
    'Shall we say 9 o\'clock?',
    'The lowest shelf is broken, can you send a new one?',
    'Our ceiling height is 2.4 metres, will the cabinet fit?',
    'Could you trim the video to 60 seconds?',
    "We'd like to match the colours of the other shop.",
    'Any flexibility on the delivery date would help us.',
    'The last freelancer did a great job on the logo.',
    "What's the lowest floor you can deliver to without a lift?",
  ]);
  test('an instalment is not a counter-offer', () =>
    expect(holdsPhrase('I can pay the 300 in parts, can we do 100 a month?', 'en', 'discount_pressure')).toBe(false));
});

describe('English urgency by the clock, other clients pushed aside and impatience are deadline pressure', () => {
  raises('deadline_pressure', [
    'I know we said the 20th but we now need it by Monday.',
    "Have it on my desk by 9am or don't bother.",
    "I'm giving you until 5pm today.",
    'Surely you can squeeze it in before the weekend.',
    'Push the other clients back, we need this first.',
    'How long can it possibly take? Just send it today.',
    'Time is of the essence here, chop chop.',
  ]);
  // A week's grace, an honest question, the writer's own promise, and a calm deadline for a colleague.
  neverRaises('deadline_pressure', [
    "I'm giving you until Friday to think about the offer, no pressure.",
    'How long can it take to ship to Belgium?',
    "I'll get it over to you by 5pm.",
    'Please have the draft to me by Friday so legal can look at it before it goes out.',
    'Hope your other clients are keeping you busy!',
  ]);
});

describe('Dutch urgency: the day the writer needs it, others pushed aside, impatience; a promise to let know is not', () => {
  raises('deadline_pressure', [
    'We hadden vrijdag afgesproken maar ik heb het nu toch donderdag nodig.',
    'Hoe lang kan dat nou duren? Stuur het vandaag gewoon.',
    'Dit kan echt niet wachten tot volgende week.',
    'Tempo graag, we hebben geen dag te verliezen.',
  ]);
  // Read as a phrase; the model at 9,000 features no longer agrees on the first (it did at 9,100).
  readsPhrase('deadline_pressure', 'nl', ['Kun je alles even laten vallen en dit eerst doen?', 'Schuif je andere klanten maar even opzij, dit gaat voor.']);
  neverRaises('deadline_pressure', [
    'Ik laat het je binnen een uur weten.',
    'Wij reageren binnen een dag op je vraag.',
    'Hoe lang kan dat duren, ongeveer? Dan plan ik het in.',
    'Neem gerust de tijd, kwaliteit gaat voor snelheid.',
  ]);
});

describe('Dutch threats: a complaints body called in, damages claimed, a name blackened', () => {
  raises('threat', [
    'Ik schakel de Geschillencommissie in.',
    'Ik maak je kapot op internet.',
    'Ik trek de opdracht in en ga de schade op je verhalen.',
    'Ik zet je op zwart bij alle ondernemers hier in de straat.',
    'Als het niet klopt, hoor je van mijn jurist.',
  ]);
  neverRaises('threat', [
    'Onze advocaat heeft het contract bekeken, alles in orde.',
    'Je gaat hier geen spijt van krijgen, het wordt prachtig.',
    'De verzekeraar verhaalt de schade op de andere partij, daar hoef jij niets voor te doen.',
  ]);
});

describe('English payment put off by long terms, a later invoice or the work paying for itself is payment stalling', () => {
  readsPhrase('payment_stalling', 'en', ["Our accounts team only runs payments on 90-day terms, hope that's fine."]);
  raises('payment_stalling', [
    'The invoice got lost somewhere in our system, can you resend it next month?',
    "Let's say I pay you once the site starts making money.",
    'Send me the invoice again in January, the budget is spent.',
  ]);
  neverRaises('payment_stalling', [
    'Our payment terms are 30 days, as in the contract.',
    'Please send the invoice next month, after the work is finished as agreed.',
    'Our standard is 14-day terms.',
  ]);
});

describe('English demands for certainty: results required, promises in writing, the risk handed over', () => {
  raises('guarantee_demand', [
    'We need a written commitment that the site will load in under a second.',
    "I'm counting on you to get us at least 100 new leads.",
    'The campaign has to deliver results, otherwise what are we paying for?',
    'Tell me straight: will this definitely get us more customers?',
    'Any problems after launch are your responsibility, forever.',
    'I want it in writing that the colours will match the sample exactly.',
    "We'll only sign if you commit to a 20% increase in bookings.",
    "No results, no payment. That's fair, isn't it?",
  ]);
  readsPhrase('guarantee_demand', 'en', ['make sure it goes viral ok']);
  neverRaises('guarantee_demand', [
    'Hosting is your responsibility, right?',
    'Will this work on mobile too?',
    'Further to our meeting, I wanted to put in writing that we would like a different approach.',
    'Our products come with a two-year guarantee.',
    'I promise to send the texts by Friday.',
  ]);
});

describe("Dutch intrusions: a call asked for on Sunday, holidays set for work, one's own appointments to be moved", () => {
  raises('boundary_intrusion', [
    'Bel me zondag even, dan nemen we het door.',
    'We plannen de presentatie op kerstavond, dat moet je maar regelen.',
    'Die tandartsafspraak kun je toch wel verzetten?',
    "Je bent toch zzp'er, dan heb je geen vaste werktijden.",
  ]);
  readsPhrase('boundary_intrusion', 'nl', ['We houden de presentatie gewoon op koningsdag.']);
  // A business closed on a holiday, a party on one, and a birthday wished well.
  neverRaises('boundary_intrusion', [
    'Op tweede kerstdag zijn we gesloten, dus de levering komt de 27e.',
    'We houden de borrel op koningsdag, kom je ook?',
    'We houden het zomerfeest op hemelvaartsdag, je bent van harte welkom.',
    'Je verjaardag kun je toch niet missen, geniet ervan!',
    'Fijne vakantie! We spreken elkaar als je terug bent.',
  ]);
});

describe('Dutch free extras: not worth billing, inside the price, "you already have the files"', () => {
  raises('free_extras', [
    'Het is echt maar vijf minuten werk, dat hoef je toch niet te rekenen.',
    'Je hebt de bestanden toch al, dan is een poster zo gemaakt.',
    'Die kleine wijziging valt vast binnen de prijs.',
    'Zou je voor dezelfde prijs ook het kantoor boven willen schilderen?',
  ]);
  readsPhrase('free_extras', 'nl', ['Even tussendoor: kun je ook naar onze andere website kijken?']);
  // Receipt checked, a quote asked for, and extra work billed or bought ("bijkopen": each was a
  // free extra before).
  neverRaises('free_extras', [
    "Kunnen we later nog een paar extra foto's bijkopen als we ze toch willen?",
    'Is het mogelijk om nog een paar extra sessies bij te kopen?',
    'Kun je ook naar de andere offerte kijken die ik stuurde?',
    'We willen graag een extra pagina; reken het maar als meerwerk.',
    'Kun je een offerte sturen voor een Engelse versie?',
  ]);
});

describe('Dutch demands for contact: every step watched, a daily call, read but unanswered, a message every half hour', () => {
  raises('excessive_contact', [
    'Ik wil bij elke stap even meekijken voordat je verdergaat.',
    'Nog een vraagje, het zoveelste vandaag, sorry haha: welk lettertype gebruik je?',
    'Ik zie dat je mijn bericht gelezen hebt, maar ik krijg geen reactie.',
    'Laten we elke dag om negen uur even kort bellen over de stand van zaken.',
    'Stuur elk half uur even een berichtje hoe het gaat.',
    'Mag ik elke concepttekst per alinea zien voordat je verder schrijft?',
  ]);
  // A weekly meeting, an update when it is done, a message read without a complaint, a daily call declined.
  neverRaises('excessive_contact', [
    'Zullen we eens per week een kort overleg plannen?',
    'Stuur maar een update als de eerste versie klaar is.',
    'Ik heb je bericht gelezen en zie geen probleem, prima zo.',
    'Je hoeft me echt niet elke dag te bellen, ik kom aan het eind van de week kijken.',
  ]);
});

describe('English demands for contact: "anyone there???", a call every morning, online but not answering', () => {
  raises('excessive_contact', [
    'Hello??? Anyone there???',
    "Let's jump on a call every morning at 8 to go through things.",
    "Why is your status online but you're not answering me?",
  ]);
  // A marketplace opener, someone at the door, and patience.
  neverRaises('excessive_contact', [
    'Hi?? is this still available?',
    "Are you there? I'm at the door with the parcel.",
    'You were online but busy, no worries, reply when you can.',
  ]);
  // The model's words "every morning" flagged these (a known false alarm until 2026-11-24); a
  // call left optional now spares the reader's time (sparesTime), while a call required is a demand.
  neverRaises('excessive_contact', [
    "We have a call every morning with the team, you don't need to join.",
    "We have a standup every morning; you're welcome to skip it.",
    'We bellen elke ochtend even met het team, je hoeft niet aan te sluiten.',
  ]);
  raises('excessive_contact', [
    'I need you on our call every morning at 8, no exceptions.',
    'Elke ochtend om 8 uur wil ik je in de call, zonder uitzondering.',
  ]);
});

describe('English bids: as an indirect question, "how does 900 sound", cash in hand, a ceiling, "buy it for"', () => {
  raises('discount_pressure', [
    'Let me know if you would accept 2,500 for the whole site.',
    'Just checking if you might go down to 350.',
    'How does 900 sound for the logo and the cards?',
    'How do you feel about 300 instead?',
    'I have 150 cash on me right now if that works.',
    "I can't do anything above 500 for the translation.",
    "That's as high as I can go: 400.",
    'Our absolute limit is 7,500 for the campaign.',
    "I'd be willing to buy both for 120.",
    'My budget tops out at 1,500.',
    "What's the lowest you're willing to go on the package?",
    'Could we meet in the middle, say 700?',
  ]);
  readsPhrase('discount_pressure', 'en', ["I'll take it off your hands for 40."]);
  // The same words about a draft, a call, the calendar and a payment.
  neverRaises('discount_pressure', [
    "I was wondering if you'd take a look at the draft.",
    'Let me know if you would accept a call on Thursday.',
    'How does Tuesday at 10 sound?',
    'I have 150 photos ready for you to edit.',
    'Could we meet in the middle of the week?',
    "I'll take it at your asking price, when can I collect?",
  ]);
});

describe('Dutch bids: an indirect question, a ceiling, a cheaper listing, "hoe klinkt 90 euro"', () => {
  raises('discount_pressure', [
    'Ik vroeg me af of je 80 zou accepteren.',
    'Wat moet hij minimaal opbrengen?',
    'Kunnen we elkaar in het midden treffen, zeg 500?',
    'Ik heb maximaal 300 te besteden.',
    'Ons budget houdt op bij 2.500.',
    'Hoger dan 150 ga ik niet.',
    'Op Marktplaats staat dezelfde voor 20 euro.',
    'Hoe klinkt 90 euro voor allebei?',
    'Scherp je offerte nog even aan?',
    'We zaten eerder te denken aan 800.',
    'Kun je de voorrijkosten laten vallen?',
  ]);
  readsPhrase('discount_pressure', 'nl', ['Laten we zeggen 1.200 all-in.']);
  // The listing itself, the calendar, photos counted and a price accepted.
  neverRaises('discount_pressure', [
    'Op Vinted zag ik je jas voor 40 euro. Is hij nog beschikbaar?',
    'Kunnen we elkaar in het midden van de week zien?',
    'Hoe klinkt dinsdagmiddag voor de kennismaking?',
    "Ik heb 50 foto's voor je klaargezet.",
    'Laten we zeggen om half 3 bij het station.',
    'Ik neem hem voor de vraagprijs, wanneer kan ik langskomen?',
  ]);
});

describe('A promise to pay soon is not stalling; paying later still is', () => {
  neverRaises('payment_stalling', [
    "I'll pay the invoice of 1,200 on Friday.",
    "We'll settle your invoice this week.",
    "I'll pay the rest when I pick it up on Saturday.",
    "We'll pay the deposit today so you can start.",
    'Ik betaal de factuur van 1.200 vrijdag.',
    'We betalen je factuur deze week, bedankt voor het mooie werk!',
    'De aanbetaling maak ik vandaag over, dan kun je beginnen.',
  ]);
  raises('payment_stalling', [
    "I can't pay this month, I'll pay half on Friday and the rest in March.",
    "I'll pay you next month when my client pays me.",
    'Ik betaal pas volgende maand, dan heb ik weer geld.',
  ]);
  test('the promise is read only for a near day, not for "next month"', () => {
    expect(reads('paysPromptly', "I'll pay the invoice on Friday.", 'en')).toBe(true);
    expect(reads('paysPromptly', "I'll pay the invoice next month.", 'en')).toBe(false);
    expect(reads('paysPromptly', "i'll pay when i pick it up next month", 'en')).toBe(false);
    expect(reads('paysPromptly', 'Ik maak het bedrag morgen over.', 'nl')).toBe(true);
    expect(reads('paysPromptly', 'Ik maak het bedrag pas volgende maand over.', 'nl')).toBe(false);
  });
});

describe('the reader\'s price accepted, and how to pay asked, are calm readings', () => {
  test('a price accepted keeps the agreement, unless a "but" follows', () => {
    expect(reads('keepsAgreement', 'Your quote of €640 looks fair, please book us in for March.', 'en')).toBe(true);
    expect(reads('keepsAgreement', 'Het tarief van 55 euro is prima, ga je gang.', 'nl')).toBe(true);
    expect(reads('keepsAgreement', 'The quote looks fine, but we will pay 500 instead.', 'en')).toBe(false);
    expect(reads('keepsAgreement', 'De offerte is akkoord, maar ik betaal pas na de zomer.', 'nl')).toBe(false);
  });
  test('asking how to pay is paying, unless the payment is put off', () => {
    expect(reads('paysPromptly', 'Can I pay by bank transfer? Card is awkward for us.', 'en')).toBe(true);
    expect(reads('paysPromptly', 'Kan ik ook met tikkie betalen als ik de stoel ophaal?', 'nl')).toBe(false);
    expect(reads('paysPromptly', 'Kan ik ook met tikkie betalen? Contant heb ik niet in huis.', 'nl')).toBe(true);
    expect(reads('paysPromptly', 'Could we pay by cheque in a couple of months?', 'en')).toBe(false);
  });
  neverRaises('discount_pressure', ['Your price of £180 is fine. Could you come on the 14th?']);
});

describe('paid already, within the terms or in full is no stalling; the rest put off still is', () => {
  neverRaises('payment_stalling', [
    "Of course we'll pay the fee, send the invoice whenever suits you.",
    "We'll settle the invoice on receipt, as usual.",
  ]);
  raises('payment_stalling', ["I'll pay it all at the end of next year, once the project has earned something."]);
  test('the reading holds for money paid or paid on time, and not when part of it is put off', () => {
    for (const text of ['Thanks for the invoice, we paid it this morning and attached the receipt.', "We'll pay the full amount upfront.",
      'Your invoice will be paid within the agreed terms.', 'Attached is the proof of payment.']) expect(reads('paysPromptly', text, 'en'), text).toBe(true);
    for (const text of ['Ik heb het bedrag net overgemaakt, fijne dag nog.', 'De factuur klopt, we betalen binnen de gebruikelijke termijn van 30 dagen.',
      'Ik betaal het port, stuur je hem met PostNL?', 'Ik betaal ze bij het afrekenen.']) expect(reads('paysPromptly', text, 'nl'), text).toBe(true);
    for (const text of ["We've paid the first half, but the rest will have to wait until the spring.", "I'll pay it all at the end of next year.",
      "I haven't paid the deposit yet and won't until the designs are final."]) expect(reads('paysPromptly', text, 'en'), text).toBe(false);
    for (const text of ['Ik heb de eerste helft betaald, maar de rest betaal ik pas na de zomer.', 'Ik heb nog niet betaald en dat doe ik pas in januari.', 'Aanbetaling? Nee, ik betaal alles achteraf.'])
      expect(reads('paysPromptly', text, 'nl'), text).toBe(false);
  });
});

describe('A good review, left or promised, is praise and no threat; a review held over the reader still is', () => {
  neverRaises('threat', [
    'Ik heb een mooie review achtergelaten op Google!',
    'Ik vertel al mijn vrienden over jouw mooie werk.',
    'Ik ga een positieve recensie schrijven op Trustpilot.',
    "I'll write a positive review on Facebook tonight.",
    'I left you a glowing review on Google!',
  ]);
  raises('threat', [
    "I'll write a bad review on Facebook tonight.",
    'Als dit niet opgelost wordt, zet ik overal dat je prachtige recensies nep zijn.',
  ]);
  test('advice is not praise: "ik raad je aan om ..."', () =>
    expect(reads('praise', 'Ik raad je aan om een goede verklaring voor te bereiden.', 'nl')).toBe(false));
});

describe('A date asked about is no deadline pressure; a date pressed still is', () => {
  neverRaises('deadline_pressure', [
    'We need the final files by Friday for the printer; does that still work for you?',
    "Could you have the draft ready by Monday? Let me know if that's not feasible.",
    'Our board meets Thursday; if the report can be ready by Wednesday that would be great, but no worries if not.',
  ]);
  raises('deadline_pressure', [
    'I need the final files by tomorrow morning, no excuses.',
    'Ik moet het vandaag nog hebben, anders zoek ik iemand anders.',
    'Het moet morgen om negen uur op mijn bureau liggen, en als dat niet lukt hoor ik het graag vandaag.',
  ]);
  test('"als dat niet lukt" opens a threat as often as a question, so it is not read as leaving the date open', () =>
    expect(reads('openDate', 'Ik wil het morgen, en als dat niet lukt zet ik een slechte review online.', 'nl')).toBe(false));
});

describe('A question about the terms for a case that may come is no refund or guarantee demand', () => {
  neverRaises('refund_demand', [
    'Can I get my money back if the course is cancelled by you?',
    'What happens if the package gets lost, do I get a refund?',
    'Kan ik mijn geld terugkrijgen als de cursus door jullie wordt geannuleerd?',
    'Wat gebeurt er als het pakket zoekraakt, krijg ik dan mijn geld terug?',
  ]);
  neverRaises('guarantee_demand', ['Do you offer any guarantee on the repair?']);
  // The policy asked about in one sentence, the money demanded in the next.
  raises('refund_demand', [
    'What is your refund policy? The lamp arrived broken and I want my money back today.',
    'Wat is jullie retourbeleid? De lamp kwam kapot aan en ik wil vandaag mijn geld terug.',
  ]);
});

describe('Sparing the reader\'s time is no intrusion: "no need to reply until Monday"', () => {
  neverRaises('boundary_intrusion', [
    "I know it's the weekend, so please answer whenever you're back at work.",
    'Lees dit niet op je vrije dag!',
    'Reageer gerust na het weekend.',
  ]);
  neverRaises('deadline_pressure', ['Sorry for the late-night email! No need to reply until tomorrow.']);
  // A weekend call offered, the choice left to the reader (each was an intrusion before).
  neverRaises('boundary_intrusion', [
    "Happy to do a quick call on Saturday morning if that's easier for you.",
    'We can do the call on Saturday, if that suits you better.',
    'Zondag even bellen? Als dat je beter past, prima.',
  ]);
  // "Als het je niet uitkomt" is no choice: the writer assumes it is fine.
  // (Its Dutch twin, "Ik kom zondag gewoon langs … ik ga ervan uit dat het goed is", is among the known misses.)
  // The same phrase without the reprieve, or with it in another sentence.
  raises('boundary_intrusion', [
    "I know it's the weekend, but I need you to answer today.",
    'Ik weet dat het weekend is, maar ik verwacht vandaag nog antwoord.',
  ]);
});

describe('English free extras: "shouldn\'t be extra", "won\'t be billed, I hope", covered by the original fee', () => {
  raises('free_extras', [
    "You're doing the website, so the social media banners shouldn't be extra, right?",
    "The quote said five pages but we need eight; surely that's the same price.",
    "Could you stay an extra hour to help with the clean-up? Won't be billed, I hope.",
    'Can the revisions after launch be covered by the original fee?',
  ]);
  neverRaises('free_extras', [
    'Could you also do the Instagram versions? Please send a quote for them.',
    'Is the FAQ page included in the package, or is it extra?',
    "I know extra revisions are billed separately, that's fine.",
  ]);
});

describe('Guilt trips: a good cause, a friend\'s due, coldness reproached, a partnership at stake', () => {
  raises('guilt_tripping', [
    "We're just a small group of volunteers, you'll do it for the cause, won't you?",
    "From a friend I'd expect a bit more flexibility.",
    "I've been a loyal customer for years, surely that counts for something?",
    'It would be a shame if our great partnership ended over this.',
    "Think of my kids, they've been looking forward to this party for months.",
    'Mijn vader is net overleden, dus ik had gehoopt dat je wat soepeler zou zijn.',
    'We zijn maar een klein clubje vrijwilligers, je doet het toch voor het goede doel?',
    'Ik lig er echt wakker van, en jij reageert zo zakelijk.',
    'Van een vriend verwacht je toch wat meer flexibiliteit.',
    'Het zou zonde zijn als onze goede samenwerking hierop stukloopt.',
  ]);
  readsPhrase('guilt_tripping', 'en', ["I've recommended you to everyone, and this is the thanks I get?", "I'm losing sleep over this and you reply so coldly."]);
  // The same news, thanks and volunteers without leverage.
  neverRaises('guilt_tripping', [
    "My dad just passed away, so I'll be slower to reply this week.",
    "We're a small group of volunteers; what would a simple website cost?",
    'Mijn vader is net overleden, dus ik reageer de komende dagen wat later.',
    'We zijn een klein team vrijwilligers; wat kost een eenvoudige website bij jou?',
  ]);
});

describe('English insults without swear words: a cereal-box degree, a waste of money, a pathetic excuse', () => {
  raises('abusive_language', [
    'Did you learn web design from a cereal box?',
    'Your work is an embarrassment to the whole profession.',
    "You're a complete waste of my time and money.",
    "This is the most pathetic excuse for a website I've ever seen.",
    'Your logo is amateurish.',
    'Honestly, your translation is a joke.',
    'Even my intern could have done this better.',
  ]);
  readsPhrase('abusive_language', 'en', [
    "I've met smarter houseplants.",
    'Go crawl back under whatever rock you came from.',
    'My twelve-year-old nephew could knock this up on his phone during a lunch break.',
    'Honestly, my 8 year old could do better.',
  ]);
  // Hard words about the work, and a thanks that names where the break came from.
  neverRaises('abusive_language', [
    'This is not what we asked for; please read the brief again.',
    "I'm very unhappy with the result and would like to discuss it.",
    'Remember who gave you your first break? It was my brother, say hi to him.',
    'This bug is killing me, any idea what\'s causing it?',
    // A child who could help is an offer, not a comparison.
    "My son could make it this weekend if you need a hand carrying the boxes.",
    "My daughter could do it on Saturday if you're busy.",
    // One's own old work run down, one's own idea, and code words.
    "Our old website looks amateurish, that's why we hired you.",
    'Feel free to tell me if my idea is rubbish.',
    'Your code is garbage collected, so no leaks there.',
    'Our intern would have done it differently, but I like your version.',
  ]);
});

describe('Paying as agreed keeps to the deal; "as discussed" before a new demand does not', () => {
  neverRaises('discount_pressure', ['I can pay 200 now and the remaining 200 on delivery, as agreed.']);
  neverRaises('payment_stalling', [
    'Ik betaal nu 200 en de resterende 200 bij levering, zoals afgesproken.',
    'Kan ik die 80 contant betalen als ik hem ophaal?',
  ]);
  raises('discount_pressure', [
    "As discussed on the phone, we'd like you to knock 20 % off the total.",
    'Zoals afgesproken stuur ik je de tekeningen. Kun je de prijs nog wat laten zakken?',
  ]);
});

describe('Dutch stalls: the invoice shelved or moved to next year, 90-day terms, held back until, barter', () => {
  raises('payment_stalling', [
    'De factuur leggen we even op de stapel, na de zomer kijken we ernaar.',
    'Een aanbetaling doen wij nooit, je krijgt alles na oplevering.',
    'Ik heb de factuur nog niet goedgekeurd, onze boekhouder is met vakantie.',
    'Kun je de factuur op volgend jaar zetten? Dat is fiscaal handiger voor ons.',
    'We betalen standaard na 90 dagen, dat is hier beleid.',
    'We wachten eerst de reacties van onze klanten af voordat we betalen.',
    'Ik ruil liever: jij het logo, ik een jaar gratis knippen.',
  ]);
  // Instalments as offered or agreed, a question before paying, and books swapped.
  neverRaises('payment_stalling', [
    'Kan ik de factuur ook in twee termijnen betalen, zoals in je voorwaarden staat?',
    'Graag zou ik weten of de prijs inclusief btw is, voordat ik betaal.',
    'Ik ruil graag boeken met mensen uit de buurt.',
    'We hebben je factuur ontvangen en ingepland voor de betaalrun van donderdag.',
  ]);
});

describe('the calm readings are read in a range of the text, near the decision', () => {
  test('a reading holds in the sentence that says it, not in the one beside it', () => {
    const t = tokenize('What is your refund policy? The lamp arrived broken and I want my money back.');
    const [first, second] = t.sentences;
    expect(writerSays('asksPolicy', t, 'en')).toBe(true);
    expect(writerSays('asksPolicy', t, 'en', [first!.first, first!.last])).toBe(true);
    expect(writerSays('asksPolicy', t, 'en', [second!.first, second!.last])).toBe(false);
  });
});

describe('Marketplace haggles: how low, a ceiling, a cheaper twin, "would 850 be acceptable", "voor 40 euro koop ik hem"', () => {
  raises('discount_pressure', [
    'Nice lamp! How low would you go if I collect it?',
    'Can you drop it to 60 if I pick it up today?',
    'Just wondering whether 850 would be acceptable.',
    "It's lovely but 400 is all I can afford.",
    "I'll take it off your hands for 30 if that works.",
    'Zit er nog wat speling in de vraagprijs?',
    'Bij de kringloop zag ik precies dezelfde voor de helft.',
    'Is 250 euro ook goed?',
    'Voor 40 euro koop ik hem meteen.',
    'Meer kan ik er echt niet voor betalen.',
  ]);
  // The seller's own offer, a time, a duration, the asking price taken.
  neverRaises('discount_pressure', [
    "I'll drop it to 25 since you asked nicely.",
    'Meet me at 5 by the station.',
    "I'm thinking more like 3 weeks for the whole project.",
    "Sounds good, I'll take it for 60 as listed.",
    'Is 10 uur oke voor de levering?',
    'Meer heb ik niet te melden, fijne dag!',
    'Ik neem hem graag voor de vraagprijs, wanneer kan ik langskomen?',
  ]);
});

describe('A refund given is no refund demanded: "we\'ve refunded the full amount", "je terugbetaling is overgemaakt"', () => {
  // Each was a refund demand before the reading.
  neverRaises('refund_demand', [
    "We've refunded the full amount to your card, sorry again for the trouble.",
    'We will refund the deposit once the keys are returned.',
    'Je terugbetaling is vandaag overgemaakt.',
  ]);
  raises('refund_demand', [
    'Could you refund this order? It arrived broken.',
    "Refund the full amount or I'll go to my bank.",
    'Ik wil mijn geld terug, anders stap ik naar de geschillencommissie.',
  ]);
});

describe('A refund received or thanked for is no refund demanded; one still awaited is', () => {
  // Each was a refund demand before the reading took in refunds received, thanked for and announced.
  neverRaises('refund_demand', [
    'The refund for the returned boots was credited to my account this morning, all sorted.',
    'We finally got the refund for the cancelled workshop, thanks for chasing it.',
    'De terugbetaling van de cursus is binnen! Bedankt voor het meedenken.',
    'Bedankt voor het snel terugstorten van de borg.',
    'Ik zie dat de restitutie van het inschrijfgeld gisteren op onze rekening is bijgeschreven.',
    'Na ontvangst van het pakket storten wij het volledige bedrag terug.',
  ]);
  test('a refund thanked for is a refund given', () =>
    expect(reads('givesRefund', 'Thank you for processing the refund so quickly, much appreciated.', 'en')).toBe(true));
  test('a question about how long a refund takes is asking about the policy', () => {
    expect(reads('asksPolicy', 'How long does a refund usually take to show up?', 'en')).toBe(true);
    expect(reads('asksPolicy', 'Hoeveel dagen duurt het voordat het geld terug op mijn rekening staat?', 'nl')).toBe(true);
  });
  // Not read as received: the refund is still missing, or "binnen" means "within".
  raises('refund_demand', [
    'Waarom heb ik nog steeds geen restitutie ontvangen? Ik wil mijn geld terug.',
    'Het geld is nog steeds niet teruggestort, ik wil het vandaag terug.',
    'Ik stuur de stoel terug en verwacht mijn geld binnen veertien dagen terug.',
  ]);
  test('"I never received the refund" is no refund received', () =>
    expect(reads('givesRefund', 'I never received the refund you promised.', 'en')).toBe(false));
});

describe('"Beste klant," opens a shop\'s letter; "je beste klant" is loyalty held over the reader', () => {
  // Was guilt-tripping before: "beste klant" beside a discount read as loyalty leverage.
  neverRaises('guilt_tripping', ['Beste klant, als dank voor uw trouw krijgt u deze maand 15% korting op alle schoenen.']);
  raises('guilt_tripping', ['Ik ben al tien jaar je beste klant, dus een flinke korting mag toch wel?']);
});

test('a lawyer who loved the work is praise passed on, no threat', () =>
  expect(reads('praise', 'Our lawyer had a look and she loved the contract you drew up.', 'en')).toBe(true));

test('a loss told to explain the writer\'s own slower replies is no guilt trip', () =>
  expect(reads('ownAbsence', 'Mijn moeder ligt in het ziekenhuis, dus ik reageer deze week wat trager.', 'nl')).toBe(true));

describe('Praise and names the writer calls themself are no abuse; the same words at the reader are', () => {
  // Each was abuse before: the model reads "jij bent echt een …" as the start of an insult, and
  // a name the writer calls themself in a sentence to the reader as aimed at the reader.
  neverRaises('abusive_language', [
    'Jij bent echt een kanjer!',
    'Wat ben jij een held, dank je!',
    "You're a legend.",
    "Argh, I'm such an idiot, I sent you last year's figures. Correct file attached.",
    'Ik was echt een sukkel, ik had je de verkeerde code gestuurd.',
    'Ik voel me zo dom, ik heb je de verkeerde bijlage gestuurd.',
  ]);
  test.each([
    ['praise', 'Je bent een topper, bedankt voor het snelle werk!', 'nl'],
    ['praise', "You're a lifesaver, thanks.", 'en'],
    ['blamesSelf', 'Stom van mij, ik heb je het verkeerde adres gegeven.', 'nl'],
    ['blamesSelf', 'Ik ben zelf een kluns met techniek.', 'nl'],
    ['blamesSelf', 'Silly me, I forgot to attach it.', 'en'],
  ] as const)('%s: %s', (reading, text, lang) => expect(reads(reading, text, lang)).toBe(true));
  test.each([
    ['blamesSelf', "I'm an idiot for trusting you.", 'en'],
    ['blamesSelf', "You must think I'm as stupid as you are.", 'en'],
    ['blamesSelf', 'Ik ben een idioot dat ik jou heb ingehuurd.', 'nl'],
  ] as const)('not %s: %s', (reading, text, lang) => expect(reads(reading, text, lang)).toBe(false));
  raises('abusive_language', [
    "I'm an idiot for hiring you, you useless clown.",
    "Do you think I'm an idiot? This is the worst work I've ever paid for.",
    'Ik ben een idioot dat ik jou heb ingehuurd, prutser.',
    'Jij bent echt een sukkel, dit is waardeloos.',
  ]);
});

describe('Veiled threats: the reader\'s reviews and name held hostage; praise passed on is none', () => {
  raises('threat', [
    'Carry on like this and your glowing reviews might soon look rather different.',
    'I bet your future clients would love to hear how you treat people.',
    'I wonder what your other customers would say if they saw this thread.',
    "If you care about your reputation, you'll sort this out today.",
    'Ga zo door en je mooie recensies zien er volgende week heel anders uit.',
    'Of ik vijf sterren geef, hangt helemaal af van hoe je dit oplost.',
    'Geloof me, je wilt ons niet als tegenpartij.',
    'Als je je goede naam belangrijk vindt, los je dit vandaag op.',
  ]);
  neverRaises('threat', [
    'Your reviews will look great once the site is live.',
    'Our neighbour recommended you and we are so glad she did.',
    'Iedereen vond het prachtig, dank je wel!',
    // Both were threats before the praise was read.
    "We'll post the photos in the school Facebook group, everyone loved them.",
    "Je kent mijn zus? Zij heeft je aangeraden. Ik zet de foto's in de buurtapp.",
  ]);
});

describe('Dutch: the reader gets the discount, so the writer gives it ("met de code krijg je 15% korting")', () => {
  // Both were haggles before.
  neverRaises('discount_pressure', [
    'Met de code ZOMER krijg je 15% korting op alles.',
    'Je krijgt de korting van 20 euro automatisch bij de kassa.',
  ]);
  // Asked, or expected as a right: still a haggle.
  raises('discount_pressure', [
    'Als trouwe klant krijg je 10% korting, dat is toch normaal?',
    'Krijg ik korting als ik drie stuks neem?',
  ]);
});

describe('Dutch client haggles without the word "korting": meet in the middle, a friendlier rate, costs dropped, a deduction', () => {
  raises('discount_pressure', [
    'We hadden eigenlijk op een wat schappelijker uurtarief gehoopt.',
    'Bij zo\'n grote opdracht mag er toch wel iets tegenover staan?',
    'Ik ging uit van maximaal 200 euro voor dit klusje.',
    'Mijn zoon maakt zulke filmpjes voor een paar tientjes.',
    'Als je de voorrijkosten laat vallen, boek ik je.',
    'We betalen de factuur min 10 procent vanwege de vertraging.',
    "I'll settle the invoice tomorrow, minus 20% for the delay you caused.",
  ]);
  // An estimate of hours, prices without VAT, a count, a time.
  neverRaises('discount_pressure', [
    'Wij gaan uit van ongeveer 20 uur werk.',
    'De prijzen zijn zonder btw, de reiskosten komen erbij.',
    'Doe maar 2 stuks.',
    'Doe maar 10 uur, dan komen we er wel uit.',
  ]);
  raises('guilt_tripping', ['Kom op, we zijn toch geen vreemden voor elkaar.']);
});

describe('Counter-speech names the words it condemns: "it is sickening how people call them …"', () => {
  // Each was abuse before the reading.
  neverRaises('abusive_language', [
    'It is sickening how people online call disabled kids retards.',
    'Ik vind het schandalig dat iemand haar een vuile hoer noemde.',
    'Het is echt walgelijk hoe er op dat forum over Joden wordt geschreven.',
  ]);
  // The same frame aimed at the reader stays abuse.
  raises('abusive_language', [
    "It's disgusting how you talk to your staff, you pathetic loser.",
    'Ik vind het walgelijk dat jij, vieze racist, hier nog werkt.',
  ]);
});

describe('Hate said of a group without a swear word: "hebben hier niets te zoeken", "in their blood"', () => {
  raises('abusive_language', [
    'Die Roemenen hebben hier helemaal niks te zoeken.',
    'Vluchtelingen zijn een last voor de samenleving.',
    "It's in their blood, those gypsies.",
  ]);
  // The same words of a thing, a pet or a policy; the group defended.
  neverRaises('abusive_language', [
    'Die printer kun je nooit vertrouwen.',
    'Die kat hoort in de tuin, niet in de keuken.',
    'Roma zijn geen dieven, dat is een vooroordeel.',
    'De regering wil asielzoekers sneller uitzetten, las ik in de krant.',
    "Een man schreeuwde 'zwarten zijn apen' in de tram. Omstanders grepen in.",
  ]);
});

describe('A phrase whose first word is misspelt is still read: "reinburse me", "kortnig aub"', () => {
  // Each was missed before: the second pass looked a phrase up by the word as written.
  raises('refund_demand', ['reinburse me', 'reimbusre $40', 'terugbetlaen aub', 'chargebakc incoming']);
  raises('discount_pressure', ['Kortnig aub']);
  // A real word one letter from a key word is read as written.
  neverRaises('refund_demand', ['relate me', 'rebated $40 already']);
});

describe('An insult that is a whole sentence is said to the reader: "Klootzak!", "Pathetic clown."', () => {
  // Each was missed before: two words were too few to judge, and no "you" stood beside them.
  raises('abusive_language', ['Klootzak!', 'Vuile oplichter.', 'Wat een sukkel', 'Moron.', 'Stupid bitch', 'What a clown.']);
  // An adjective alone judges a thing; a figure of speech alone is none; a longer sentence needs its "you".
  neverRaises('abusive_language', ['Schandalig.', 'Disgusting.', 'Lazy.', 'Useless meeting.', 'De printer is een ramp.']);
  // A swear word as an exclamation is said at no one.
  neverRaises('abusive_language', ['Shit!', 'Shit! I forgot to send the invoice, sorry.', 'Fuck!']);
  raises('abusive_language', ['Fucking idiot!']);
});

describe('"I can\'t pay that much" objects to the price; with a later date it puts off paying', () => {
  neverRaises('payment_stalling', [
    "That's more than I hoped. I can't pay that much, would you take 200?",
    'Dat bedrag kan ik niet opbrengen, zou 150 ook kunnen?',
    "I really can't afford that. Is 80 possible?",
  ]);
  raises('payment_stalling', [
    "I can't pay that much right now, can I pay half next month?",
    'I can\'t pay that invoice until the end of March.',
    'Ik kan dat bedrag niet betalen, ik betaal volgende maand.',
  ]);
});

describe('"Would you sell the lamp for 20?" bids, whatever is named between "sell" and "for"', () => {
  raises('discount_pressure', ['Would you sell the lamp for 20?', 'Will you sell them for $80 total?', 'Could you sell this for 45 if I come tonight?']);
  neverRaises('discount_pressure', ['Will you sell the lamp to someone in Utrecht?']);
});

describe('A buyer\'s limit or offer with a word more: "the most we can honestly spend", "I\'m able to afford", "were wanting to offer"', () => {
  raises('discount_pressure', ['The most we can honestly spend is 900.', "I'm able to afford 250 for the pair.", 'We were wanting to offer you 900 for both.']);
});

describe('The price brought down in other words: "get that price a bit lower", "could the rent be brought down to", "an offer of $40"', () => {
  raises('discount_pressure', ['Is there any way we could get the price a bit lower?', "I'm going to make an offer of 300."]);
  neverRaises('discount_pressure', ['We will make an offer of employment next week.', 'Can you get the price of shipping from the website?']);
});

describe('Reproaches that hand the reader a debt of feeling are guilt-tripping: disappointment, betrayed trust, ingratitude, a conscience', () => {
  raises('guilt_tripping', [
    'Je hebt me echt teleurgesteld, dat had ik niet gedacht.',
    'Ik heb je mijn vertrouwen gegeven en jij hebt het beschaamd.',
    'Eerlijk gezegd vind ik je nogal ondankbaar.',
    'Ik laat het aan uw geweten over.',
    "You've let us down badly, after all these years.",
    'How ungrateful can you be after all the work I sent you?',
    'I hope it was worth it.',
    'Jij bent de enige die me kan helpen, zeg alsjeblieft geen nee.',
    'Kunt u nog rustig slapen met zo\'n rekening?',
    'Ik voel me echt een melkkoe bij jullie.',
    'Ik had zo\'n hoge pet van je op.',
    'This feels like a stab in the back.',
    'I feel like a cash cow to you.',
    'I thought so highly of you.',
  ]);
  // The same words said sincerely, of the weather, or of someone else.
  neverRaises('guilt_tripping', [
    'De opdracht is klaar, ik hoop dat het de moeite waard was om te wachten.',
    'Hopelijk was de reis het waard, laat maar weten hoe het was.',
    "Ik was wat teleurgesteld in het weer, maar de foto's zijn mooi geworden.",
    'I hope it was worth the wait: the final files are attached.',
    'We were disappointed by the venue, not by your work at all.',
  ]);
});

describe('A rival\'s lower price, so much off as a condition, and every cent back, in both languages', () => {
  raises('discount_pressure', [
    'Another freelancer offered to do the same for half.',
    'Your competitor does it for 500.',
    'Andere ontwerpers vragen de helft daarvan.',
    'Een andere freelancer doet hetzelfde voor de helft.',
    'Doe er 100 euro af en ik teken vandaag.',
  ]);
  neverRaises('discount_pressure', [
    // The seller's own concession, and a rival who does another job.
    'Ik doe er 20 euro af omdat je hem vandaag nog ophaalt.',
    'Een andere fotograaf doet de bruiloft van mijn zus, dus die hoef je niet te fotograferen.',
    'Another designer on our team offered to do the same layout for the Dutch site.',
  ]);
  raises('refund_demand', ['Ik wil elke cent terug, het werk was waardeloos.', 'Graag de afschrijving terugdraaien, hier heb ik nooit mee ingestemd.']);
  neverRaises('refund_demand', [
    'De bank heeft de dubbele afschrijving al teruggedraaid, alles is in orde.',
    "You'll earn every dollar back within a year, the savings are real.",
  ]);
});

describe('An out-of-office reply sends the reader elsewhere and asks nothing of them (the ownAbsence calm reading)', () => {
  const OUT_OF_OFFICE = [
    'Ik ben tot maandag afwezig, voor dringende zaken kun je mijn collega Tim mailen.',
    'Bedankt voor je bericht. Ik ben momenteel niet op kantoor en lees mijn mail na 3 januari. Bij spoed kun je bellen met de receptie.',
    "I'm in workshops all day today and can't take calls. Feel free to text and I'll reply tonight.",
    'Thank you for your email. I am on annual leave until 14 August with limited access to email. For urgent matters please contact Sarah.',
  ];
  test.each(OUT_OF_OFFICE)('no flag: %s', (text) => expect(flagsOf(text)).toEqual([]));
  // Urgency of the writer's own, and the reader's absence, still count.
  raises('deadline_pressure', ['Dit heeft spoed, lever het morgen.', 'This is urgent, I need it today.']);
  raises('boundary_intrusion', ['I know you are on holiday, but please call me tonight at 11pm.']);
});

describe('Paying by the reader\'s own terms, and "no rush" said as a sentence of its own, are calm', () => {
  neverRaises('payment_stalling', ['Can I pay in two instalments as mentioned in your terms?']);
  raises('payment_stalling', ['I will pay in two instalments, the rest next year.']);
  neverRaises('excessive_contact', ['Heb je mijn mail van dinsdag nog gezien? Geen haast hoor.']);
  // "Geen haast, maar …" takes it back.
  raises('deadline_pressure', ['Geen haast, maar het moet morgen wel af zijn.']);
});

describe('Contempt for a group in other words (nl): worth less than animals, beaten, spat on, never any good', () => {
  raises('abusive_language', [
    'Moslims zijn minder waard dan honden.',
    'Gehandicapten zijn geen echte mensen.',
    'Ik sla elke immigrant die ik zie in elkaar.',
    'Ik spuug op transgenders.',
    'Vrouwen zijn nooit slim.',
  ]);
  // The same words with no group named, or saying something else of one.
  neverRaises('abusive_language', [
    'Ik spuug op de stoep als ik verkouden ben, sorry.',
    'Ik wil geen huisdieren in mijn flat.',
    'Vrouwen zijn nooit eerder zo vaak gekozen als dit jaar.',
    'Vluchtelingen horen niet in een tentenkamp te wonen, vind ik.',
  ]);
});

describe("A business's own service time is its promise, not deadline pressure", () => {
  neverRaises('deadline_pressure', [
    'We guarantee delivery within 48 hours.',
    'We ship within 24 hours of your order.',
    'We garanderen levering binnen 48 uur bij bestellingen voor 12 uur.',
  ]);
  raises('deadline_pressure', ['I need you to guarantee delivery within 48 hours.']);
});

describe('"Can you do better on the price?" and a figure the buyer had in mind are discount pressure', () => {
  raises('discount_pressure', [
    'Can you do better on the price?',
    'We were thinking more along the lines of 1,500.',
    'Kun je nog iets beter doen met de prijs?',
    'Ik had op iets van 300 gerekend.',
  ]);
  neverRaises('discount_pressure', ['We can do better on the design, I will send a new draft.', 'De levering zit dichter bij 3 dagen dan bij 5.']);
});

describe('An extra assumed to be included, and payment once the work has paid for itself', () => {
  raises('free_extras', ['I assumed hosting for the first year was included.']);
  neverRaises('free_extras', ['I assumed you would invoice the hosting separately, that is fine.']);
  raises('payment_stalling', ['We betalen de factuur zodra het project zichzelf heeft terugverdiend.']);
  neverRaises('payment_stalling', ['We betalen de factuur zodra hij binnen is, zoals altijd binnen 14 dagen.']);
});

describe('a haggle in other words: middle ground, a bid by name, a price that should come down', () => {
  raises('discount_pressure', [
    'Would you be willing to go down a little on the monthly fee?',
    'Is there any middle ground on the quote?',
    'Will you take an offer of 400 for both chairs?',
    'Could we land somewhere around 800 for the logo?',
    "Let's call it 250 and I'll book today.",
    'We need you to reduce it by a third before we sign.',
    'Anything you can knock off the final bill would help.',
    "We'll sign if the monthly fee comes down.",
  ]);
  raises('discount_pressure', [
    'Zak je nog wat mee met de prijs of niet?',
    'Kunt u nog iets met de prijs?',
    'Als u het uurtarief met een tientje verlaagt, gaan we akkoord.',
    'Kan ik de fiets voor 90 krijgen?',
    'Die prijs van jullie kan best wat omlaag.',
    'We betalen 400, verder niet.',
    'Andere schilders rekenen een stuk minder.',
  ]);
  // The seller's own offer, a cost that may fall, a share of the fee, a time, prices that fell, the past.
  neverRaises('discount_pressure', [
    'I can bring the cost down to 1,800 by reusing the icons.',
    'Using the leftover tiles might bring the cost down.',
    'Half the fee is due on signing, the rest on delivery.',
    'Shall we say 3 pm for the call?',
    'Good news, the paper price came down, so your flyers cost less this time.',
    'Wij hebben de prijs met een tientje verlaagd.',
    'Mijn vorige boekhouder rekende minder, maar jij levert veel meer.',
    'De loodgieter rekende ook minder uren dan gepland.',
    'Wij rekenen minder voor studenten, zie de tarievenlijst.',
    // The writer's own lower price for a group is the seller speaking (Lexicon.sellerVoice).
    'Wij rekenen 10 euro minder voor studenten, zie de tarievenlijst.',
    'Voor studenten reken ik 10 euro minder.',
  ]);
  raises('discount_pressure', ['Kun je niet wat minder rekenen voor ons?']);
});

describe('money asked back in other words is a refund demand', () => {
  raises('refund_demand', [
    'I want the full course fee back.',
    'A refund, please. The lamp arrived broken.',
    'We would like the booking fee refunded.',
    'Please reverse the duplicate charges on my card.',
    'Send back my 60 or I open a dispute.',
    'I would appreciate the return of my deposit.',
  ]);
  // A payment put off is no refund; a refund given, its amount named, is no demand.
  neverRaises('refund_demand', ['Could we push the last payment back a week?', 'Your refund of 40 euros was credited back to your card yesterday.']);
});

describe('a question tag "or not?" asks; it does not negate the demand before it', () => {
  raises('discount_pressure', ['Rijles van 60 euro? Elders is het 45. Ga je mee naar beneden of niet?']);
  raises('refund_demand', ['The heater broke in a week. Are you refunding my money or not?']);
});

describe('a number\'s point or comma does not end a clause, so a question or negation reaches across it', () => {
  test('clauseBreakIn: between digits no break; after a word or before a space a break', () => {
    expect(clauseBreakIn('1.800', 1, 2)).toBe(false);
    expect(clauseBreakIn('$1,200', 2, 3)).toBe(false);
    expect(clauseBreakIn('duur. Ik', 4, 6)).toBe(true);
    expect(clauseBreakIn('1, 2', 1, 3)).toBe(true);
  });
  // "Is … niet wat duur?" asks the reader to agree that it is: a push on the price, not a denial.
  raises('discount_pressure', ['Is 1.500 voor de hele klus niet wat aan de hoge kant?', 'Vind je 2.400 euro niet wat aan de dure kant?']);
  raises('discount_pressure', ['No discount, no deal.', 'Geen korting is geen opdracht.']);
});
