/**
 * Realistic journeys for the turn benchmarks: a café owner, a Malay shop owner, retirees in Chinese and Tamil, a
 * free-text question. The numbers people type vary with the user, so no two users send quite the same words and
 * caches keyed by text only help within a conversation, as they would in real traffic.
 */
const TEMPLATES: ((n: number) => string[])[] = [
  (n) => [`hi, I run a bakery with ${2 + (n % 40)} staff and want to go digital`, 'yes', '100% local', `revenue about ${300 + (n % 700)}k`, 'why do you ask?', 'thanks'],
  (n) => [`salam, sy ada kedai runcit, ${1 + (n % 9)} pekerja, nak bantuan utk digital`, 'ya', 'semua milik tempatan', 'tak pasti', 'terima kasih'],
  (n) => [`你好，我是${60 + (n % 25)}岁的退休人士，新加坡公民，有什么补助？`, '医疗费用', '家里两个人', `月收入大概${800 + (n % 30) * 50}`, '谢谢'],
  (n) => [`வணக்கம், எனக்கு ${62 + (n % 20)} வயது, ஓய்வு பெற்றவர்`, 'மருத்துவச் செலவுகள்', 'தெரியாது', 'நன்றி'],
  (n) => ['any grants to go overseas?', 'my business', `we have ${10 + (n % 90)} staff`, 'not sure', 'show me PSG'],
];

/** The messages of user `user`'s conversation. */
export function journeyOf(user: number): string[] {
  return TEMPLATES[user % TEMPLATES.length]!(Math.floor(user / TEMPLATES.length));
}
