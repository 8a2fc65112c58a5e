/**
 * A value a person types into the desk's fix form, in base units as the tables hold them:
 * `1200亿` → 120000000000, `3.5万` → 35000, `6.5` → 6.5. Decimal places move on the digit
 * string, never through floating point, so `1285.26亿` is exactly 128526000000.
 * Owns: that parsing. Knows nothing about the DOM.
 */
const MULTIPLIER: Record<string, number> = { 万亿: 12, 亿: 8, 万: 4, '': 0 };

/** Moves the decimal point of a non-negative decimal string `power` places right. */
function shift(decimal: string, power: number): string {
  const [whole = '', fraction = ''] = decimal.split('.');
  const digits = whole + fraction.padEnd(power, '0');
  const point = whole.length + power;
  const int = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return rest ? `${int}.${rest}` : int;
}

/** The value in base units, or null when the text is not a number with an optional 万/亿. */
export function parseValueInput(text: string): string | null {
  const m = /^\s*(-?)(\d+(?:\.\d+)?)\s*(万亿|亿|万)?\s*$/.exec(text.replace(/,/g, ''));
  if (!m) return null;
  const value = shift(m[2]!, MULTIPLIER[m[3] ?? '']!);
  return value === '0' ? '0' : `${m[1]}${value}`;
}
