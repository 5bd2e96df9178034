/** The two entities added to CONTRACT.md's list: who the help is for, and the type of home, in four languages. */
import { describe, expect, it } from 'vitest';
import { extensionEntitiesOf, realNlu } from './helpers.js';

const nlu = realNlu();

describe('audience and housing_type entities', () => {
  it.each([
    ['for myself', 'audience=individual'],
    ['my company', 'audience=business'],
    ['utk diri sendiri', 'audience=individual'],
    ['syarikat saya', 'audience=business'],
    ['我的公司', 'audience=business'],
    ['为我爸妈', 'audience=individual'],
    ['என் கடைக்கு', 'audience=business'],
    ['என் குடும்பத்துக்கு', 'audience=individual'],
  ])('%s → %s', (text, expected) => {
    expect(extensionEntitiesOf(nlu, text)).toContain(expected);
  });

  it.each([
    ["i'm 67 retired, stay in 3 room hdb with my wife", 'housing_type=hdb_3_room'],
    ['kami tinggal di flat 4 bilik', 'housing_type=hdb_4_room'],
    ['我今年70岁，住三房式组屋', 'housing_type=hdb_3_room'],
    ['நாங்கள் 5 அறை வீட்டில் இருக்கிறோம்', 'housing_type=hdb_5_room_exec'],
    ['we live in a condo', 'housing_type=private'],
  ])('%s → %s', (text, expected) => {
    expect(extensionEntitiesOf(nlu, text)).toContain(expected);
  });
});
