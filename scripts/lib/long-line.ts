/**
 * Hostile articles for the complexity test (scripts/hostile.spec.ts) and the timing script
 * (scripts/long-line-bench.ts), sized in bytes of UTF-8 as the size limit counts them. Each mixes
 * the shapes that once made a rule quadratic: a rule that scans a sentence, the text or a list of
 * mentions once per number, title or date never finishes on them.
 * - `longLine`: one line, no full stop, so the whole article is one "sentence": Chinese clauses with
 *   numbers and units, `<script>` tags, `javascript:` links, zero-width and right-to-left override
 *   characters, private persons by name (村民…), and a stretch of official titles with no
 *   separator (…区委书记李某表示…区委书记…).
 * - `manyLines`: thousands of short dated sentences on their own lines, and a run of credit lines.
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
  (d: string, n: number) => `${d}村民林先继家种了${n}亩脐橙`,
];
/** Titles and names with nothing between them: every title's role is read back from there. */
const TITLE_RUN = (d: string) => `${d}委书记李春奎表示`;

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Repeats `part(i)` until about `size` bytes. */
function fill(size: number, part: (i: number) => string, join: string): string[] {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const p = part(i);
    parts.push(p);
    length += bytes(p) + bytes(join);
  }
  return parts;
}

/** About `size` bytes of one line (no newline, no 。！？), the same for the same size. */
export function longLine(size: number): string {
  const clause = (i: number) =>
    CLAUSES[i % CLAUSES.length]!(DISTRICTS[i % DISTRICTS.length]!, 100 + (i % 9000));
  const head = fill(size * 0.4, clause, '，');
  const titles = fill(size * 0.2, (i) => TITLE_RUN(DISTRICTS[i % DISTRICTS.length]!), '');
  const tail = fill(size * 0.4, (i) => clause(i + head.length), '，');
  return [head.join('，'), titles.join(''), tail.join('，')].join('，');
}

/** About `size` bytes of short dated sentences, one per line, and a run of credit lines. */
export function manyLines(size: number): string {
  const dated = (i: number) =>
    `${1 + (i % 12)}月${1 + (i % 28)}日，${DISTRICTS[i % DISTRICTS.length]}召开第${i}次座谈会。`;
  const credits = fill(size * 0.2, (i) => `（记者 王${i % 10}）`, '\n');
  const lines = fill(size * 0.8, dated, '\n');
  return `# 长文\n\n${lines.slice(0, lines.length / 2).join('\n')}\n${credits.join('\n')}\n${lines.slice(lines.length / 2).join('\n')}\n`;
}

/**
 * About `size` bytes of one paragraph of full sentences, each with a dated figure and no
 * quotation mark: every sentence ends, but the paragraph and the line never do, so a rule that
 * looks for the line's start or end, or for a quotation mark, from every number never finishes.
 */
export function figureSentences(size: number): string {
  const sentence = (i: number) => {
    const d = DISTRICTS[i % DISTRICTS.length]!;
    return i % 2
      ? `今年${d}规上工业产值力争达到${100 + (i % 9000)}亿元，同比增长${1 + (i % 9)}%。`
      : `去年${d}新建农村公路${100 + (i % 9000)}公里。`;
  };
  return `${fill(size, sentence, '').join('')}\n`;
}
