// The AFINN `sentiment` package ships no types; the benchmark uses only this much of it.
declare module 'sentiment' {
  export default class Sentiment {
    analyze(text: string): { score: number; comparative: number };
  }
}
