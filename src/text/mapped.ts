/** Text that remembers, for every UTF-16 unit, which span of the original text it came from. */

export interface MappedText {
  text: string;
  /** starts[i]/ends[i]: the original span (UTF-16, end exclusive) that produced text[i]. */
  starts: number[];
  ends: number[];
}

/** Accumulates output pieces with their original spans. */
export class MappedBuilder {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private lastChar = '';

  push(piece: string, start: number, end: number): void {
    if (piece === '') return;
    this.parts.push(piece);
    for (let i = 0; i < piece.length; i += 1) {
      this.starts.push(start);
      this.ends.push(end);
    }
    this.lastChar = piece[piece.length - 1];
  }

  get endsWithSpace(): boolean {
    return this.lastChar === ' ' || this.lastChar === '';
  }

  build(): MappedText {
    let text = this.parts.join('');
    let { starts, ends } = this;
    if (text.endsWith(' ')) {
      text = text.slice(0, -1);
      starts = starts.slice(0, -1);
      ends = ends.slice(0, -1);
    }
    return { text, starts, ends };
  }
}

/** The original span covered by [start, end) of the mapped text. */
export function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) return { start: mapped.starts[start] ?? 0, end: mapped.starts[start] ?? 0 };
  return { start: mapped.starts[start], end: mapped.ends[end - 1] };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Replaces whole words found in `rewrites`; every unit of a replacement maps to the whole original word. */
export function rewriteWords(mapped: MappedText, rewrites: Readonly<Record<string, string>>): MappedText {
  const builder = new MappedBuilder();
  let last = 0;
  const copy = (from: number, to: number): void => {
    for (let i = from; i < to; i += 1) builder.push(mapped.text[i], mapped.starts[i], mapped.ends[i]);
  };
  for (const match of mapped.text.matchAll(WORD)) {
    const replacement = Object.hasOwn(rewrites, match[0]) ? rewrites[match[0]] : undefined;
    if (replacement === undefined) continue;
    const start = match.index;
    const end = start + match[0].length;
    copy(last, start);
    builder.push(replacement, mapped.starts[start], mapped.ends[end - 1]);
    last = end;
  }
  if (last === 0) return mapped;
  copy(last, mapped.text.length);
  return builder.build();
}
