/** The classifier's stages on their own: junk input, HTML, truncation, language, words and typos. */
import { describe, expect, test } from 'vitest';
import { analyze, MAX_ANALYSED_CHARS } from '../../../src/classifier/index';
import { htmlToText, normalize } from '../../../src/classifier/01-normalize';
import { tokenize } from '../../../src/classifier/tokenize';
import { correctTypo } from '../../../src/classifier/typos';
import { featurize } from '../../../src/classifier/features';
import { findEvidence, tokenContributions, type FlagScore } from '../../../src/classifier/04-score';
import { loadModel } from '../../../src/classifier/model/format';
import { stem } from '../../../src/classifier/stem';
import { MODEL } from '../../../src/classifier/model/model.generated';

describe('junk input has a calm, defined result', () => {
  test.each([
    ['', 'empty'],
    ['   \n\t  ', 'empty'],
    ['\u0000\u0001\u0002\u0003binary\u0004\u0005\u0006\u0007\u0008', 'binary'],
    ['😀😡🔥👍', 'only-emoji'],
    ['https://example.com/some/page?x=1', 'only-url'],
    ['12345 678 / 90', 'no-words'],
  ] as const)('%j → %s', (text, junk) => {
    const a = analyze(text);
    expect(a.junk).toBe(junk);
    expect(a.flags).toEqual([]);
    expect(a.temperature).toBe(0);
  });

  test('a non-string never throws', () => {
    expect(analyze(undefined as unknown as string).junk).toBe('empty');
  });
});

describe('HTML is read as text, never run', () => {
  test('tags go, blocks break lines, entities decode, scripts vanish', () => {
    const html = '<html><head><style>p{}</style></head><body><p>Hi&nbsp;Sam,</p><div>I want a <b>full refund</b> &amp; now.</div><script>alert(1)</script></body></html>';
    const text = htmlToText(html);
    expect(text).toBe('Hi Sam,\nI want a full refund & now.');
    const a = analyze(html);
    expect(a.text).toBe(text);
    const refund = a.flags.find((f) => f.id === 'refund_demand');
    expect(refund).toBeDefined();
    for (const e of refund!.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.text);
  });
  test('prose that mentions a tag stays prose', () => {
    expect(normalize('Use the <b> tag for bold, ok?').text).toBe('Use the <b> tag for bold, ok?');
    expect(normalize('Hi, the footer ends with </div> twice, can you check?').text).toBe('Hi, the footer ends with </div> twice, can you check?');
  });
  test('a document after blank lines is still HTML', () => {
    expect(normalize('\n\n   <!DOCTYPE html><html><body><p>Pay me back.</p></body></html>').text).toBe('Pay me back.');
    expect(normalize(' \t<p>Hello</p><div>there</div>').text).toBe('Hello\nthere');
  });
  test('an unclosed script or comment does not hang or leak', () => {
    const hostile = '<div>hello</div>' + '<script>'.repeat(20000) + '<!--'.repeat(20000);
    expect(htmlToText(hostile)).toBe('hello');
  });
});

describe('long input', () => {
  test('is analysed up to the limit and says it was cut', () => {
    const big = 'Could you send the report on Monday? Thanks. '.repeat(5000);
    const a = analyze(big);
    expect(a.truncated).toBe(true);
    expect(a.text.length).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });
  test('a short email is not cut', () => {
    expect(analyze('Thanks for the update.').truncated).toBe(false);
  });
});

describe('language', () => {
  test.each([
    ['Hi Sam, could you send me the invoice for last month? Thanks a lot.', 'en'],
    ['Hoi Sam, kun je me de factuur van vorige maand sturen? Alvast bedankt.', 'nl'],
    ['Sehr geehrte Damen und Herren, ich habe eine Frage zu der Rechnung, die Sie uns geschickt haben.', 'other'],
    ['Bonjour, je voudrais savoir si vous avez reçu notre paiement pour la facture de mars.', 'other'],
    ['Здравствуйте, пришлите, пожалуйста, счёт за прошлый месяц.', 'other'],
  ] as const)('%s → %s', (text, lang) => {
    expect(analyze(text).lang).toBe(lang);
  });
  test('another language is reported, not guessed into flags', () => {
    const a = analyze('Ich will sofort mein Geld zurück, sonst gehe ich zum Anwalt und verklage Sie.');
    expect(a.lang).toBe('other');
    expect(a.flags).toEqual([]);
  });
});

describe('words', () => {
  test('offsets point into the original text, accents and apostrophes folded', () => {
    const text = "Don’t say “café” — je bent één idioot";
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end).length).toBe(t.end - t.start);
    expect(tokens.map((t) => t.norm)).toEqual(["don't", 'say', 'cafe', 'je', 'bent', 'een', 'idioot']);
  });
  test('spaced-out and leetspeak words are read as the word', () => {
    expect(tokenize('ik wil ze d o d e n').tokens.map((t) => t.norm)).toContain('doden');
    expect(tokenize('you b1tch').tokens.map((t) => t.norm)).toContain('bitch');
  });
  test('sentences split on end punctuation and line breaks', () => {
    expect(tokenize('One. Two!\nThree? Four').sentences).toHaveLength(4);
    expect(tokenize('Price is 3.50 euro').sentences).toHaveLength(1);
  });
  test.each([['reimbvurse', 'reimburse'], ['refnud', 'refund'], ['terugbetalnig', 'terugbetaling'], ['erfunds', 'refunds'], ['etrugbetaling', 'terugbetaling']] as const)(
    'typo %s reads as %s', (typo, word) => {
      expect(correctTypo(typo, word.startsWith('terug') ? 'nl' : 'en')).toBe(word);
    });
  test('a real word is not "corrected"', () => {
    expect(correctTypo('account', 'en')).toBeUndefined();
    expect(correctTypo('reform', 'en')).toBeUndefined();
  });
  test('word forms share a stem, but heroes are not hell', () => {
    expect(stem('betalingen', 'nl')).toBe(stem('betaling', 'nl'));
    expect(stem('charges', 'en')).toBe(stem('charged', 'en'));
    expect(stem('helden', 'nl')).toBe('held');
    expect(stem('helden', 'nl')).not.toBe(stem('hel', 'nl'));
  });
  // Two edits away, or one edit but a common word: these once read as a threat, a refund or a deadline.
  test.each([['aanvragen', 'nl'], ['terugbellen', 'nl'], ['vandaan', 'nl'], ['werkend', 'nl'], ['responsive', 'en'], ['disputing', 'en']] as const)(
    '%s is a word of its own, not a typo', (word, lang) => {
      expect(correctTypo(word, lang)).toBeUndefined();
    });
});

describe('a slur or word of contempt in disguise is read as itself', () => {
  // The ways hate-speech test suites disguise a word: letters swapped, a letter left out, the space
  // before it left out. Only a swap or a dropped letter, and only for long words: a changed letter
  // turned real words into insults.
  test.each([
    ['walgleijke', 'nl', 'walgelijke'], ['kankrmongool', 'nl', 'kankermongool'], ['oplichtr', 'nl', 'oplichter'],
    ['geiteneukers', 'nl', 'geitenneukers'], ['eenflikker', 'nl', 'flikker'], ['verdoemalle', 'nl', 'verdoem'],
    ['retared', 'en', 'retarded'], ['disgustign', 'en', 'disgusting'], ['lulkeok', 'nl', 'lulkoek'], ['vuiel', 'nl', 'vuile'],
  ] as const)('%s (%s) reads as %s', (typo, lang, word) => expect(correctTypo(typo, lang)).toBe(word));
  // One changed or added letter from a listed word, all found in real mail: never an insult.
  test.each([
    ['interior', 'en'], ['investing', 'en'], ['rewarded', 'en'], ['veiligheid', 'nl'], ['oprichter', 'nl'],
    ['vertrekken', 'nl'], ['verrassen', 'nl'], ['investeren', 'nl'], ['schouten', 'nl'], ['verreken', 'nl'], ['prutser', 'nl'],
    ['kosten', 'nl'], ['vanmorgen', 'nl'], ['schoten', 'nl'], ['apathetic', 'en'],
  ] as const)('%s (%s) is read as written', (word, lang) => {
    const fixed = correctTypo(word, lang);
    expect(fixed === undefined || fixed === word).toBe(true);
  });
  test('a misspelt slur aimed at the reader is abuse', () => {
    expect(analyze('Je bent echt een kankrmongool.').flags.map((f) => f.id)).toContain('abusive_language');
    expect(analyze('Je bent echt een kankermongool.').flags.map((f) => f.id)).toContain('abusive_language');
  });
});

describe('disguised words still make phrases', () => {
  test('a spaced-out word completes a phrase, and the evidence covers the disguised word', () => {
    const text = 'Ik wil al die mensen d o d e n.';
    const flag = analyze(text).flags.find((f) => f.id === 'abusive_language');
    expect(flag).toBeDefined();
    expect(flag!.evidence.some((e) => e.text.includes('d o d e n'))).toBe(true);
  });
  test('a misspelt key word completes a phrase', () => {
    const hits = featurize('Ik eis een terugbetalnig van het volledige bedrag.', 'nl').hits;
    expect(hits.some((h) => h.flag === 'refund_demand' && h.tier === 'strong' && !h.negated)).toBe(true);
  });
  test('words of contempt are marked also when misspelt or run into the word before', () => {
    for (const text of ['Jullie zijn verachtleijk.', 'Zulke mensen zijn gewoonzielig.']) {
      const f = featurize(text, 'nl');
      expect(f.features.flat()).toContain('@hostile');
    }
    expect(featurize('Jullie zijn heel vriendelijk.', 'nl').features.flat()).not.toContain('@hostile');
  });
  test('a phrase read in both the written and the meant words counts once', () => {
    // "would u take 55" matches as written and again with "u" read as "you": one phrase, one feature.
    for (const [text, lang, flag] of [
      ["would u take 55 for the golf clubs, the bag's pretty worn", 'en', 'discount_pressure'],
      ['can we owe u for the signage till summer?', 'en', 'payment_stalling'],
    ] as const) {
      const f = featurize(text, lang);
      const strong = f.hits.filter((h) => h.flag === flag && h.tier === 'strong');
      expect(strong).toHaveLength(1);
      expect(f.features.flat().filter((name) => name === `p:${flag}`)).toHaveLength(1);
    }
  });
});

describe('the analysis scores exactly what training saw', () => {
  // The analysis finds stem-named features by the stem instead of by name; the sums must not change.
  test.each([
    "I'd be willing to go down to 90, can you go to 70? No need to rush.",
    'Kan het niet wat goedkoper? Ik wil niet dat jullie dit gratis doen, die immigranten zijn walgelijk.',
    'Hi Sam, thanks for the invoice, paid today. Have a nice weekend!',
  ])('%s', (text) => {
    const lang = /\b(het|ik|die)\b/.test(text) ? 'nl' : 'en';
    const model = loadModel(MODEL);
    const byName = tokenContributions(featurize(text, lang), model);
    const byStem = tokenContributions(featurize(text, lang, undefined, false), model);
    expect([...byStem.featureCount]).toEqual([...byName.featureCount]);
    for (let i = 0; i < byName.words.length; i++) {
      expect(byStem.words[i]).toBeCloseTo(byName.words[i]!, 5);
      expect(byStem.marks[i]).toBeCloseTo(byName.marks[i]!, 5);
    }
    expect(byName.words.some((w) => w !== 0)).toBe(true);
  });
});

describe('language of a short message, from its letters and the lexicons when function words are few', () => {
  test.each([
    ['Stomme trut', 'nl'],
    ['Hufter!', 'nl'],
    ['Klootzak!', 'nl'],
    ['Klotemongool!', 'nl'], // a compound ending in a word only the Dutch lexicon knows
    ['Betaling ontvangen', 'nl'],
    ['Verzending inbegrepen?', 'nl'],
    ['Pathetic clown.', 'en'],
    ['want my money back', 'en'],
    ['Shipping included?', 'en'],
    ['Thanks, forwarded', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(analyze(text).lang).toBe(lang);
  });
  test('a word both languages share ("want", "even") does not tip an English message to Dutch', () => {
    expect(analyze('want help getting reimbursed').lang).toBe('en');
    expect(analyze('even the hinges are broken').lang).toBe('en');
  });
});

describe('evidence', () => {
  // The weight of a pair feature ("b:can_you") sits on its first word; a function word has no weight of its own.
  const evidenceFor = (text: string, weightOn: number) => {
    const f = featurize(text, 'en', undefined, false);
    const T = f.tokens.length;
    const c = { words: new Float32Array(T * 11), marks: new Float32Array(T * 11), featureCount: new Uint8Array(T) };
    c.words[weightOn * 11]! = 5;
    const score: FlagScore = { flag: 'discount_pressure', phraseLogit: -Infinity, phraseWindow: [0, T], logit: 1, probability: 0.7, window: [0, T] };
    return findEvidence(text, f, score, c).map((e) => e.text);
  };
  test('a function word that weighs through its pair is shown with the next word', () => {
    expect(evidenceFor('Hmm. Can you drop it', 1)).toEqual(['Can you']);
  });
  test('a word that weighs on its own is shown alone', () => {
    expect(evidenceFor('Hmm. Cheaper please', 1)).toEqual(['Cheaper']);
  });
});
