import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bodyToEnglish,
  nameToPinyin,
  pledgeEnglish,
  roleToEnglish,
  withPledgeEnglish,
  type EnglishContext,
} from './english.ts';

describe('nameToPinyin', () => {
  it('reads 曾, 单 and 解 as surnames (zeng, shan, xie), not as the words ceng, dan, jie', () => {
    expect(nameToPinyin('曾小川')).toBe('Zeng Xiaochuan');
    expect(nameToPinyin('单一鸣')).toBe('Shan Yiming');
    expect(nameToPinyin('解晓东')).toBe('Xie Xiaodong');
  });

  it('writes the surname first and the given name as one word', () => {
    expect(nameToPinyin('李华')).toBe('Li Hua');
    expect(nameToPinyin('周建国')).toBe('Zhou Jianguo');
  });

  it('keeps a two-character surname together', () => {
    expect(nameToPinyin('欧阳明远')).toBe('Ouyang Mingyuan');
    expect(nameToPinyin('司马一平')).toBe('Sima Yiping');
  });

  it('puts an apostrophe where a syllable starting with a, o or e follows another', () => {
    expect(nameToPinyin('许仁安')).toBe("Xu Ren'an");
    expect(nameToPinyin('陈西安')).toBe("Chen Xi'an");
  });

  it('leaves names it cannot read as pinyin empty', () => {
    expect(nameToPinyin('')).toBe('');
    expect(nameToPinyin('李')).toBe('');
    expect(nameToPinyin('阿依古丽·买买提')).toBe('');
    expect(nameToPinyin('John Li')).toBe('');
  });
});

const ctx: EnglishContext = {
  glossary: new Map([
    ['市委', 'CPC Chongqing Municipal Committee'],
    ['市委委员', 'Member of the CPC Chongqing Municipal Committee'],
    ['市长', 'Mayor of Chongqing'],
    ['市委副书记', 'Deputy Secretary of the CPC Chongqing Municipal Committee'],
    ['市水利局', 'Chongqing Water Resources Bureau'],
    ['市侨联', 'Chongqing Federation of Returned Overseas Chinese'],
    ['书记', 'Secretary'],
    ['党组书记', 'Party Secretary'],
    ['局长', 'Director'],
    ['主席', 'Chair'],
    ['副主席', 'Vice Chair'],
    ['秘书长', 'Secretary-General'],
  ]),
  districts: [
    { code: '500199', name_zh: '青石区', name_en: 'Qingshi', kind: 'district' },
    { code: '500299', name_zh: '白溪县', name_en: 'Baixi', kind: 'county' },
    {
      code: '500298',
      name_zh: '云岭土家族自治县',
      name_en: 'Yunling',
      kind: 'autonomous_county',
    },
  ],
};

describe('bodyToEnglish', () => {
  it('names a district’s or county’s party committee from the district’s English name', () => {
    expect(bodyToEnglish('青石区委', ctx)).toBe('CPC Qingshi District Committee');
    expect(bodyToEnglish('白溪县委', ctx)).toBe('CPC Baixi County Committee');
    expect(bodyToEnglish('云岭县委', ctx)).toBe('CPC Yunling Autonomous County Committee');
  });
  it('takes anything else from the glossary, or gives nothing', () => {
    expect(bodyToEnglish('市水利局', ctx)).toBe('Chongqing Water Resources Bureau');
    expect(bodyToEnglish('市林业局', ctx)).toBe('');
    expect(bodyToEnglish('青石区政府', ctx)).toBe('');
  });
});

describe('roleToEnglish', () => {
  it('translates a chain of titles, each body once, further posts of the same body joined', () => {
    expect(roleToEnglish('市委委员、青石区委书记', '青石区委', ctx)).toBe(
      'Member of the CPC Chongqing Municipal Committee; Secretary of the CPC Qingshi District Committee',
    );
    expect(roleToEnglish('市水利局党组书记、局长', '市水利局', ctx)).toBe(
      'Party Secretary and Director of the Chongqing Water Resources Bureau',
    );
  });

  it('keeps a whole title such as 市长 on its own rather than making it a post of the body before', () => {
    expect(roleToEnglish('市委副书记、市长', '市委', ctx)).toBe(
      'Deputy Secretary of the CPC Chongqing Municipal Committee; Mayor of Chongqing',
    );
  });

  it('reads posts held together (兼) and a second body in the chain', () => {
    expect(roleToEnglish('市水利局局长，市侨联副主席兼秘书长', '市水利局', ctx)).toBe(
      'Director of the Chongqing Water Resources Bureau; Vice Chair and Secretary-General of the Chongqing Federation of Returned Overseas Chinese',
    );
  });

  it('gives nothing, never a partial guess, when any part is not in the glossary', () => {
    expect(roleToEnglish('市委委员、市林业局局长', '市林业局', ctx)).toBe('');
    expect(roleToEnglish('青石区委常务副书记', '青石区委', ctx)).toBe('');
    expect(roleToEnglish('', '', ctx)).toBe('');
  });
});

describe('pledge rows', () => {
  it('fills speaker_en, role_en and org_en and lists what the glossary lacks', () => {
    const rows = [
      { speaker: '曾小川', role: '白溪县委书记', org_zh: '白溪县委', quote: 'x' },
      { speaker: '单一鸣', role: '市林业局局长', org_zh: '市林业局', quote: 'y' },
    ];
    const out = withPledgeEnglish(rows, ctx);
    expect(out.rows[0]).toMatchObject({
      quote: 'x',
      speaker_en: 'Zeng Xiaochuan',
      role_en: 'Secretary of the CPC Baixi County Committee',
      org_en: 'CPC Baixi County Committee',
    });
    expect(pledgeEnglish(rows[1]!, ctx)).toEqual({
      speaker_en: 'Shan Yiming',
      role_en: '',
      org_en: '',
    });
    expect(out.missing).toEqual(['市林业局局长', '市林业局']);
  });

  it('English columns hold no full-width punctuation', () => {
    const en = roleToEnglish('市水利局局长，市侨联副主席兼秘书长', '市水利局', ctx);
    expect(en).not.toMatch(/[\u3000-\u303f\uff00-\uffef]/);
  });
});

describe('the browser loads no pinyin code', () => {
  it('nothing under src/ imports pinyin-pro (names come from pledges.csv speaker_en)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(ts|svelte|js)$/.test(name)) files.push(path);
      }
    };
    walk('src');
    expect(files.length).toBeGreaterThan(20);
    const importing = files.filter((f) => readFileSync(f, 'utf8').includes('pinyin-pro'));
    expect(importing).toEqual([]);
  });
});
