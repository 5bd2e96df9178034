/* Minimal types for the nlp.js packages the benchmark uses (they ship none). */
declare module '@nlpjs/core' {
  export function containerBootstrap(): Promise<{ use(plugin: unknown): void; get(name: string): unknown }>;
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-en' {
  export const LangEn: unknown;
}
declare module '@nlpjs/lang-ms' {
  export const LangMs: unknown;
}
declare module '@nlpjs/lang-zh' {
  export const LangZh: unknown;
}
declare module '@nlpjs/lang-ta' {
  export const LangTa: unknown;
}
