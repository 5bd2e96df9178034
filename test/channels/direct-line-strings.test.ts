/** Web Chat's interface strings: Malay and Chinese ship with Web Chat and are in place; Tamil, which it lacks, is ours. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_LOCALES } from '../../src/channels/render.js';
import { loadPageStrings } from '../../src/channels/webchat/strings.js';

const require = createRequire(import.meta.url);
const webChatApi = dirname(require.resolve('botframework-webchat-api'));
const normalizeLanguage = (require(join(webChatApi, 'utils', 'normalizeLanguage.js')) as { default: (tag: string) => string }).default;
/** Web Chat's own table: which file holds the strings of each normalised language (getAllLocalizedStrings). */
const SHIPPED_FILES: Record<string, string> = { 'en-US': 'en-US.json', 'ms-MY': 'ms-MY.json', 'zh-Hans-SG': 'zh-CN.json' };
const shipped = (language: string) => JSON.parse(readFileSync(join(webChatApi, 'localization', SHIPPED_FILES[language]!), 'utf8')) as Record<string, string>;
const ours = loadPageStrings('locales', 30);
/** Where Web Chat's Malay or Chinese is missing or misleading, we say it better. */
const OUR_WORDING: Record<'ms' | 'zh', string[]> = {
  ms: ['TEXT_INPUT_LENGTH_EXCEEDED_ALT', 'KEYBOARD_HELP_CHAT_HISTORY_LEAVE_MESSAGE_HEADER', 'TOAST_DISMISS_BUTTON'],
  zh: ['TEXT_INPUT_LENGTH_EXCEEDED_ALT', 'TOAST_DISMISS_BUTTON'],
};
const placeholders = (text: string) => [...text.matchAll(/\$\d/g)].map((m) => m[0]).sort().join();

describe('Web Chat interface strings', () => {
  it('ships Malay and Chinese for the locales the page sets, and no Tamil', () => {
    expect(normalizeLanguage(CHANNEL_LOCALES.ms)).toBe('ms-MY');
    expect(normalizeLanguage(CHANNEL_LOCALES.zh)).toBe('zh-Hans-SG');
    expect(normalizeLanguage(CHANNEL_LOCALES.en)).toBe('en-US');
    expect(normalizeLanguage(CHANNEL_LOCALES.ta)).toBe('en-US');
  });

  it('keeps Web Chat\'s English, and overrides only strings Web Chat has', () => {
    const english = shipped('en-US');
    for (const [id, text] of Object.entries(ours.en.webChat)) expect(text, id).toBe(english[id]);
  });

  for (const lang of ['ms', 'zh'] as const) {
    it(`has Web Chat's own ${lang} strings in place, except where ours are needed`, () => {
      const theirs = shipped(normalizeLanguage(CHANNEL_LOCALES[lang]));
      for (const [id, text] of Object.entries(ours[lang].webChat)) {
        if (OUR_WORDING[lang].includes(id)) expect(text, id).not.toBe(ours.en.webChat[id]);
        else expect(text, id).toBe(theirs[id]);
      }
      expect(theirs.TEXT_INPUT_PLACEHOLDER).not.toBe(ours.en.webChat.TEXT_INPUT_PLACEHOLDER);
    });
  }

  it('supplies every Tamil string the page overrides, in Tamil, with Web Chat\'s placeholders', () => {
    const ids = Object.keys(ours.en.webChat);
    expect(Object.keys(ours.ta.webChat).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect(ours.ta.webChat[id], id).toMatch(/[\u0B80-\u0BFF]/);
      expect(placeholders(ours.ta.webChat[id]!), id).toBe(placeholders(ours.en.webChat[id]!));
    }
    for (const id of ['TEXT_INPUT_PLACEHOLDER', 'TEXT_INPUT_SEND_BUTTON_ALT', 'TEXT_INPUT_ALT', 'SUGGESTED_ACTIONS_LABEL_ALT', 'TRANSCRIPT_ARIA_LABEL_ALT']) {
      expect(ids).toContain(id);
    }
  });
});
