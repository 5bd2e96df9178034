/**
 * Messages from the conversation transcripts' findings (F3, F8, F10) that the NLU used to miss: facts in
 * free-text-first messages, facts stated without a number, and yes/no answers that carry details.
 */
import { describe, expect, it } from 'vitest';
import { LiveCatalogue } from '../../src/catalogue/catalogue.js';
import type { ConversationState, UserInput } from '../../src/core/dialogue.js';
import type { Language } from '../../src/core/taxonomy.js';
import { loadLexicons } from '../../src/data/intents.js';
import { turn, type DialogueDeps } from '../../src/dialogue/turn.js';
import { ConceptMatcher, conceptTables } from '../../src/nlu/concepts.js';
import { normalise, wordTokens } from '../../src/text/index.js';
import { shippedSchemes, testTranslator } from '../helpers/app.js';
import { entitiesOf, realNlu } from './helpers.js';

const nlu = realNlu();
const values = (text: string, hint?: Language) => entitiesOf(nlu, text, hint).map((entity) => entity.split('@')[0]);

describe('facts stated without a number (lexicon concepts fact_*)', () => {
  it.each([
    ['my mum is 72, staying with us in a 4 room flat, she got no income. any help for her medical bills?', 'en'],
    ['mak sy takde pendapatan langsung', 'ms'],
    ['我妈妈72岁，没有收入', 'zh'],
    ['அம்மாவுக்கு 70 வயசு, வருமானம் இல்லை', 'ta'],
  ] as const)('"no income" is a monthly income of 0: %s', (text, lang) => {
    expect(values(text, lang)).toContain('monthly_income=0');
  });

  it('a written income wins over "no income"', () => {
    expect(values('no income now, household income used to be 2500')).toEqual(['monthly_income=2500']);
  });

  it.each([
    ["hi i'm 67 retired, stay in 3 room hdb with my wife. any help for us?", 'en'],
    ['sy tinggal dengan isteri di flat 3 bilik', 'ms'],
    ['我和太太住，住在三房式组屋', 'zh'],
    ['என் மனைவியுடன் 3 அறை வீட்டில் இருக்கிறேன்', 'ta'],
  ] as const)('living with a spouse is a household of 2: %s', (text, lang) => {
    expect(values(text, lang)).toContain('household_size=2');
  });

  it.each([
    ['i live with my wife and kids', 'en'],
    ['i live with my wife, son and daughter', 'en'],
    ['saya tinggal dengan isteri dan 3 anak', 'ms'],
    ['என் மனைவியுடனும் பிள்ளைகளுடனும் இருக்கிறேன்', 'ta'],
  ] as const)('but not when more people follow: %s', (text, lang) => {
    expect(values(text, lang).filter((value) => value.startsWith('household_size'))).not.toContain('household_size=2');
  });

  it.each([
    'just had a baby, need help with childcare costs',
    'sy baru dpt baby, nak tahu bantuan utk anak',
    '刚生了宝宝，想问托儿费有没有补贴',
    'குழந்தை பிறந்தது, உதவி கிடைக்குமா',
  ])('a newborn is a child below 7 in the lexicons: %s', (text) => {
    const matcher = new ConceptMatcher(conceptTables(loadLexicons()));
    const lang = nlu.parse(text).language;
    const normalised = normalise(text, lang);
    expect(matcher.features(normalised, wordTokens(normalised))).toContain('k:fact_newborn');
    expect(values(text)).toContain('need=family');
  });

  it('and is found as child_below_7', () => {
    expect(nlu.parse('just had a baby').entities.map((entity) => `${entity.entity}=${entity.value}`)).toContain('child_below_7=yes');
  });
});

describe('facts of free-text-first messages (F10)', () => {
  it.each([
    ['我们是做logistics的公司，有30个员工，想去越南发展', ['sector=logistics', 'employees=30', 'need=internationalisation']],
    ['我们公司想去海外发展', ['need=internationalisation']],
    ['syarikat kami nak kembangkan bisnes ke vietnam', ['need=internationalisation']],
    [
      'நான் single mother, 2 சின்ன பிள்ளைங்க இருக்காங்க, மாசம் $1800 சம்பளம். ஏதாவது உதவி கிடைக்குமா?',
      ['need=family', 'monthly_income=1800'],
    ],
    ['எனக்கு 68 வயசு, retire ஆயிட்டேன். ஏதாவது உதவி கிடைக்குமா?', ['age=68', 'employment_status=retired']],
    ['umur sy 66, dah retire', ['age=66', 'employment_status=retired']],
    ['ada anak umur 3 tahun', ['age=3']],
    ['hi im a single mum with 2 young kids, earning about $1800 a month', ['need=family', 'monthly_income=1800']],
  ])('%s', (text, expected) => {
    expect(values(text)).toEqual(expect.arrayContaining(expected));
  });

  it('"8 மாசம்" (eight months) is no monthly income', () => {
    expect(values('பாப்பாவுக்கு 8 மாசம் ஆகுது', 'ta')).toEqual(['number=8']);
  });
});

const catalogue = new LiveCatalogue(shippedSchemes());
const deps: DialogueDeps = { nlu: () => nlu, catalogue: () => catalogue.current(), translator: testTranslator(), today: () => '2026-11-27', retentionDays: 30 };

function chat(locale: string, ...texts: string[]) {
  let state: ConversationState | undefined;
  let replies = '';
  for (const input of [{ event: 'start', locale } as UserInput, ...texts.map((text) => ({ text }))]) {
    const result = turn(state, input, deps);
    state = result.state;
    replies = result.output.replies.map((reply) => reply.text ?? '').join('\n');
  }
  return { profile: state?.profile ?? {}, needs: state?.needs ?? [], pending: state?.pending, replies };
}

describe('through the dialogue', () => {
  it.each([
    ['ms-SG', 'boleh dapat baby bonus tak?', 'ya, anak sy baru 8 bulan'],
    ['ms-SG', 'boleh dapat baby bonus tak?', 'ada, baru lahir bulan lepas'],
    ['zh-SG', '我可以拿baby bonus吗？', '有啊，刚满8个月'],
    ['ta-SG', 'baby bonus கிடைக்குமா?', 'ஆமா, 8 மாசக் குழந்தை'],
    ['en-SG', 'am i eligible for baby bonus?', "yes, she's 8 months old"],
  ])('a yes with details answers "a child below 7?" (%s: %s → %s)', (locale, ask, answer) => {
    const asked = chat(locale, ask);
    expect(asked.pending).toEqual({ kind: 'question', field: 'hasChildBelow7' });
    expect(chat(locale, ask, answer).profile.hasChildBelow7).toBe(true);
  });

  it('a per-person income is not a request for an officer (F8)', () => {
    const { pending, profile } = chat('en-SG', 'am i eligible for CHAS?', 'yes, singaporean', 'around 1200 per person');
    expect(pending?.kind).not.toBe('callback_consent');
    expect(profile.monthlyHouseholdIncomeSgd).toBeUndefined();
  });

  it('reads every fact of a first message back', () => {
    expect(chat('en-SG', "hi i'm 67 retired, stay in 3 room hdb with my wife. any help for us?").profile).toMatchObject({
      age: 67, employmentStatus: 'retired', housingType: 'hdb_3_room', householdSize: 2,
    });
    expect(chat('en-SG', 'my mum is 72, staying with us in a 4 room flat, she got no income. any help for her medical bills?').profile).toMatchObject({
      age: 72, housingType: 'hdb_4_room', monthlyHouseholdIncomeSgd: 0,
    });
    expect(chat('zh-SG', '我们是做logistics的公司，有30个员工，想去越南发展').needs).toContain('internationalisation');
    const single = chat('ta-SG', 'நான் single mother, 2 சின்ன பிள்ளைங்க இருக்காங்க, மாசம் $1800 சம்பளம். ஏதாவது உதவி கிடைக்குமா?');
    expect(single.profile).toMatchObject({ monthlyHouseholdIncomeSgd: 1800 });
    expect(single.needs).toContain('family');
    expect(chat('ta-SG', 'எனக்கு 68 வயசு, retire ஆயிட்டேன். ஏதாவது உதவி கிடைக்குமா?').profile).toMatchObject({ age: 68, employmentStatus: 'retired' });
  });
});

describe('the dialogue uses the new facts', () => {
  const catalogue = new LiveCatalogue(shippedSchemes());
  const deps: DialogueDeps = { nlu: () => nlu, catalogue: () => catalogue.current(), translator: testTranslator(), today: () => '2026-11-27', retentionDays: 30 };

  it.each([
    ['just had a baby, need help with childcare costs', 'en'],
    ['sy baru dpt baby, nak tahu bantuan utk anak', 'ms'],
    ['刚生了宝宝，想知道有什么津贴', 'zh'],
  ])('"%s" records a child below 7', (text) => {
    const result = turn(undefined, { text } satisfies UserInput, deps);
    expect((result.state as ConversationState).profile.hasChildBelow7).toBe(true);
  });

  it('a bare "N tahun" answers the age question of a person', () => {
    let state = turn(undefined, { value: { field: 'audience', value: 'individual' } }, deps).state;
    state = { ...state!, pending: { kind: 'question', field: 'age' } };
    const result = turn(state, { text: '67 tahun' }, deps);
    expect(result.state!.profile.age).toBe(67);
  });
});
