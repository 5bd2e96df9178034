/** `npm run bench:profile`: runs realistic turns in-process (for `node --cpu-prof`) and prints the per-turn time. */
import { buildBotApp } from '../test/helpers/bot.js';
import { percentiles, timeMs } from './stats.js';

const JOURNEYS = [
  ['hi, I run a bakery with 8 staff and want to go digital', 'yes', '100% local', 'revenue about 800k', 'why do you ask?', 'thanks'],
  ['salam, sy ada kedai runcit, 4 pekerja, nak bantuan utk digital', 'ya', 'semua milik tempatan', 'tak pasti', 'terima kasih'],
  ['你好，我是68岁的退休人士，新加坡公民，有什么补助？', '医疗费用', '家里两个人', '月收入大概1500', '谢谢'],
  ['வணக்கம், எனக்கு 67 வயது, ஓய்வு பெற்றவர்', 'மருத்துவச் செலவுகள்', 'தெரியாது', 'நன்றி'],
];
const { runner } = buildBotApp();
const samples: number[] = [];
for (let round = 0; round < 400; round += 1) {
  const journey = JOURNEYS[round % JOURNEYS.length]!;
  for (const text of journey) samples.push(timeMs(() => runner.run(`p${round}`, { text })));
}
console.log(JSON.stringify(percentiles(samples.slice(200))));
