/**
 * A hostile article made of one long line: Chinese clauses with numbers and units, `<script>`
 * tags, `javascript:` links, zero-width and right-to-left override characters, and no full stop,
 * so the whole line is one "sentence". Used by the complexity test (scripts/hostile.spec.ts) and
 * the timing script (scripts/long-line-bench.ts): every rule that scans a sentence per number is
 * quadratic on it.
 */
const DISTRICTS = ['万州区', '涪陵区', '渝中区', '江北区', '城口县', '巫溪县'];
const CLAUSES = [
  (d: string, n: number) => `${d}今年完成固定资产投资${n}亿元`,
  (d: string, n: number) => `${d}<script>alert(${n})</script>新增市场主体${n}户\u200d`,
  (d: string, n: number) =>
    `${d}\u202e新增就业${n}人\u200b，详见<a href="javascript:alert(${n})">链接</a>`,
  (d: string, n: number) => `到2027年${d}力争地区生产总值增长${n % 90}.5%`,
  (d: string, n: number) => `${d}累计建成“15分钟健身圈”${n}个、农村公路${n}公里`,
  (d: string, n: number) => `同比增长${n % 50}.${n % 10}%，其中${d}完成${n}万吨`,
];

/** About `chars` characters of one line (no newline, no 。！？), the same for the same size. */
export function longLine(chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const clause = CLAUSES[i % CLAUSES.length]!(DISTRICTS[i % DISTRICTS.length]!, 100 + (i % 9000));
    parts.push(clause);
    length += clause.length + 1;
  }
  return parts.join('，');
}
