import { describe, expect, it } from 'vitest';
import { entitiesOf, realNlu } from './helpers.js';

const nlu = realNlu();

describe('entities with offsets into the original text', () => {
  it('types numbers by their cue words in English', () => {
    expect(entitiesOf(nlu, 'We have 12 staff and revenue about S$2m')).toEqual(['employees=12@12', 'annual_revenue=2000000@S$2m']);
    expect(entitiesOf(nlu, "I'm 67 years old, household income 3000 a month")).toEqual(['age=67@67', 'monthly_income=3000@3000']);
    expect(entitiesOf(nlu, 'company is 100% locally owned, operating for 5 years')).toEqual(['local_shareholding=100@100%', 'years_operating=5@5']);
  });

  it('works in Malay, short forms and number words included', () => {
    expect(entitiesOf(nlu, 'kami ada dua belas pekerja, jualan 2 juta setahun')).toEqual(['employees=12@dua belas', 'annual_revenue=2000000@2 juta']);
    expect(entitiesOf(nlu, 'umur sy 67, gaji 2500 sebulan')).toEqual(['age=67@67', 'monthly_income=2500@2500']);
    expect(entitiesOf(nlu, '51 peratus milik tempatan')).toEqual(['local_shareholding=51@51 peratus']);
  });

  it('works in Chinese, traditional and full-width forms mapped back to the original offsets', () => {
    expect(entitiesOf(nlu, '我们有12名员工，营业额两百万')).toEqual(['employees=12@12', 'annual_revenue=2000000@两百万']);
    expect(entitiesOf(nlu, '我們有１２名員工')).toEqual(['employees=12@１２']);
    expect(entitiesOf(nlu, '我今年六十七岁')).toEqual(['age=67@六十七']);
    expect(entitiesOf(nlu, '本地股份百分之五十一')).toEqual(['local_shareholding=51@百分之五十一']);
  });

  it('works in Tamil with inflected cue words', () => {
    expect(entitiesOf(nlu, 'எங்களிடம் 12 ஊழியர்கள் உள்ளனர்')).toEqual(['employees=12@12']);
    expect(entitiesOf(nlu, 'எனக்கு 67 வயது')).toEqual(['age=67@67']);
    expect(entitiesOf(nlu, 'ஆண்டு வருவாய் 2 மில்லியன்')).toEqual(['annual_revenue=2000000@2 மில்லியன்']);
  });

  it('keeps bare quantities as number, money and percent', () => {
    expect(entitiesOf(nlu, 'about 50')).toEqual(['number=50@50']);
    expect(entitiesOf(nlu, 'roughly $300')).toEqual(['money=300@$300']);
    expect(entitiesOf(nlu, '大约30%')).toEqual(['percent=30@30%']);
  });

  it('finds sectors, needs, citizenship, employment status and language names in every language', () => {
    expect(entitiesOf(nlu, 'we run a bakery and want to go overseas')).toEqual(['sector=food_services@bakery', 'need=internationalisation@go overseas']);
    expect(entitiesOf(nlu, 'nak cari pekerja utk kedai makan sy')).toEqual(['need=hiring@cari pekerja', 'sector=food_services@kedai makan']);
    expect(entitiesOf(nlu, '我们是面包店，想出口')).toEqual(['sector=food_services@面包店', 'need=internationalisation@出口']);
    expect(entitiesOf(nlu, 'என் உணவகத்துக்கு ஏற்றுமதி உதவி')).toEqual(['sector=food_services@உணவகத்துக்கு', 'need=internationalisation@ஏற்றுமதி']);
    expect(entitiesOf(nlu, "i'm a PR and retired")).toEqual(['citizenship=pr@PR', 'employment_status=retired@retired']);
    expect(entitiesOf(nlu, 'sy warganegara, menganggur')).toEqual(['citizenship=citizen@warganegara', 'employment_status=unemployed@menganggur']);
    expect(entitiesOf(nlu, 'can you speak Malay?')).toEqual(['language=ms@Malay']);
    expect(entitiesOf(nlu, 'தமிழில் பேசுங்கள்')).toEqual(['language=ta@தமிழில்']);
  });

  it('resolves scheme acronyms and names in any language, tolerating small typos', () => {
    expect(entitiesOf(nlu, 'what is psg')).toEqual(['scheme=productivity-solutions-grant@psg']);
    expect(entitiesOf(nlu, '我的公司想apply PSG')).toEqual(['scheme=productivity-solutions-grant@PSG']);
    expect(entitiesOf(nlu, 'tell me about the entreprise developement grant')).toEqual(['scheme=enterprise-development-grant@entreprise developement grant']);
    expect(entitiesOf(nlu, '生产力解决方案津贴是什么')).toEqual(['scheme=productivity-solutions-grant@生产力解决方案津贴']);
    expect(entitiesOf(nlu, 'silver support tu apa')).toEqual(['scheme=silver-support-scheme@silver support']);
  });

  it('counts an acronym that is an everyday word only when written in capitals', () => {
    expect(entitiesOf(nlu, 'can we join LEAD')).toEqual(['scheme=leadership-development-programme@LEAD']);
    expect(entitiesOf(nlu, 'can you lead me to the right scheme')).toEqual([]);
  });

  it('swaps the scheme lexicon without touching the engine it came from', () => {
    const next = nlu.withSchemes([{ id: 'new-scheme', acronym: 'NSX', names: ['New Shiny Scheme'] }]);
    expect(entitiesOf(next, 'what is NSX')).toEqual(['scheme=new-scheme@NSX']);
    expect(entitiesOf(next, 'what is PSG')).toEqual([]);
    expect(entitiesOf(nlu, 'what is NSX')).toEqual([]);
  });
});
