import { describe, expect, it } from 'vitest';
import { secondWordPrefixes } from '../../../src/classifier/second-words';
import { analyze } from '../../../src/classifier/index';

describe('secondWordPrefixes', () => {
  it('reads the second word through groups and optional parts', () => {
    expect(secondWordPrefixes('(?:would|will) you (?:take|accept)')).toEqual(['you']);
    expect(secondWordPrefixes('(?:a bit )?too (?:steep|high)')?.sort()).toEqual(['bit', 'high', 'steep']);
    expect(secondWordPrefixes('(?:quoted|charges?) (?:me|us) less')?.sort()).toEqual(['me', 'us']);
    // A letter made optional leaves the rest as a prefix; an optional space glues words.
    expect(secondWordPrefixes('give discounts? now')).toEqual(['discount']);
    expect(secondWordPrefixes('any ?more please')?.sort()).toEqual(['more', 'please']);
  });

  it('gives up where the second word cannot be told', () => {
    expect(secondWordPrefixes('refund')).toBeUndefined();
    expect(secondWordPrefixes('knock (?:\\w+ )?off')).toBeUndefined();
    expect(secondWordPrefixes('take [a-z]+ off')).toBeUndefined();
    expect(secondWordPrefixes('pay \\d+')).toBeUndefined();
    expect(secondWordPrefixes('(?:pay|pay up)')).toBeUndefined();
  });

  it('still finds phrases whose second word follows after several spaces', () => {
    const a = analyze('Hi, would   you take 50 for it? Best price please.', { lang: 'en' });
    expect(a.flags[0]?.evidence[0]?.text).toBe('would   you take 50');
  });
});
