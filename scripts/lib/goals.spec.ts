import { describe, expect, it } from 'vitest';
import { fakeContext, fakeSource, readDistricts } from './fake-context.ts';
import { extractGoals } from './goals.ts';

const DISTRICTS = readDistricts();

function goals(text: string, date = '2024-05-26') {
  return extractGoals(fakeContext(fakeSource(text, date), DISTRICTS)).rows;
}

describe('extractGoals', () => {
  it('reads each horizon’s words as its own goal, quoting the sentence', () => {
    const text =
      '全会明确了目标任务：到2028年，城乡融合发展的体制机制基本建立，生态环境质量持续改善；到2040年，全面建成宜居宜业的现代化城市，人民生活更加美好。';
    const rows = goals(text);
    expect(rows.map((r) => [r.horizon, r.subject_code, r.goal_zh])).toEqual([
      ['2028', '500000', '城乡融合发展的体制机制基本建立，生态环境质量持续改善'],
      ['2040', '500000', '全面建成宜居宜业的现代化城市，人民生活更加美好'],
    ]);
    for (const r of rows) expect(text.slice(Number(r.start), Number(r.end))).toBe(r.quote);
    expect(new Set(rows.map((r) => r.goal_id)).size).toBe(2);
  });

  it('leaves a goal with a number to figures.csv, and a horizon already past out', () => {
    expect(goals('到2030年，城镇化率达到80%。')).toEqual([]);
    expect(goals('到2020年，全面建成小康社会。')).toEqual([]);
  });

  it('gives a district official’s goal to the district, ending at a closing quotation mark', () => {
    const rows = goals(
      '北碚区委书记某某表示，北碚将按照“到2030年，基本建成科技创新示范区”要求推进。',
    );
    expect(rows.map((r) => [r.horizon, r.subject_zh, r.goal_zh])).toEqual([
      ['2030', '北碚区', '基本建成科技创新示范区'],
    ]);
  });

  it('keeps the words as printed (traditional characters), dropping layout line breaks', () => {
    const rows = goals('到2035年，城鄉融合鄉村振興取得決定性進展，超大城市治理\n\n走出新路。');
    expect(rows.map((r) => r.goal_zh)).toEqual([
      '城鄉融合鄉村振興取得決定性進展，超大城市治理走出新路',
    ]);
  });
});
